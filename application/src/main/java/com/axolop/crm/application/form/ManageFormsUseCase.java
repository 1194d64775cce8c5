package com.axolop.crm.application.form;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;

public interface ManageFormsUseCase extends ManageRecordsUseCase<Form, FormDetails, FormFilter, FormSortField> {
    /** The submissions of one of the workspace's forms, newest first. */
    Page<FormSubmission> submissions(Actor actor, Id<Form> form, PageRequest page);
}
