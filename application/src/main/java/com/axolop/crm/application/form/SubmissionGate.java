package com.axolop.crm.application.form;

import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;

/**
 * Decides whether a submission to a found form may go on, before its values are checked or anything is written:
 * the caller's limits per form and per workspace. It refuses by throwing.
 */
@FunctionalInterface
public interface SubmissionGate {
    SubmissionGate OPEN = (workspace, form) -> { };

    void admit(WorkspaceId workspace, Id<Form> form);
}
