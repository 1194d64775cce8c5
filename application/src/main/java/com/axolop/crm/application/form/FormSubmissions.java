package com.axolop.crm.application.form;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;

/** The accepted submissions of forms. */
public interface FormSubmissions {
    void insert(FormSubmission submission);

    /** A form's submissions, newest first. */
    Page<FormSubmission> list(WorkspaceId workspace, Id<Form> form, PageRequest page);
}
