package com.axolop.crm.application.form;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import java.time.Instant;

public class FormService extends RecordService<Form, FormDetails, FormFilter, FormSortField>
        implements ManageFormsUseCase {
    public static final RecordKind<Form> KIND = new RecordKind<>("form", "form", "Form not found", FormSnapshot::of);

    private final FormSubmissions submissions;

    public FormService(FormRepository forms, FormSubmissions submissions, RecordWritePorts ports) {
        super(forms, KIND, ports);
        this.submissions = submissions;
    }

    @Override
    protected Change<Form> created(Id<Form> id, Actor actor, FormDetails details, Instant now) {
        return Form.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    public Page<FormSubmission> submissions(Actor actor, Id<Form> form, PageRequest page) {
        get(actor, form);
        return submissions.list(actor.workspace(), form, page);
    }
}
