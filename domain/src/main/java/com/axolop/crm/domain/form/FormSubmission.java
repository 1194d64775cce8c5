package com.axolop.crm.domain.form;

import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** An accepted submission of a form, and the lead it created or updated. */
public record FormSubmission(Id<FormSubmission> id, WorkspaceId workspaceId, Id<Form> formId,
                             Map<String, Object> values, Id<Lead> leadId, Instant submittedAt) {
    public FormSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        values = Map.copyOf(values);
    }
}
