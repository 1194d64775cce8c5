package com.axolop.crm.domain.email;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A workspace's own email template: a FreeMarker subject and HTML body, checked when saved. */
public record EmailTemplate(Id<EmailTemplate> id, WorkspaceId workspaceId, EmailTemplateDetails details,
                            Revision revision) implements EditableRecord<EmailTemplate, EmailTemplateDetails> {
    public EmailTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<EmailTemplate> create(Id<EmailTemplate> id, WorkspaceId workspace,
                                               EmailTemplateDetails details, UserId createdBy, Instant now) {
        var template = new EmailTemplate(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(template, new EmailTemplateEvent.Created(RecordEvent.newId(), now, template));
    }

    @Override
    public Change<EmailTemplate> update(EmailTemplateDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        var next = new EmailTemplate(id, workspaceId, newDetails, revision.next(now));
        return Change.of(next, new EmailTemplateEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<EmailTemplate> delete(Instant now) {
        return Change.of(this, new EmailTemplateEvent.Deleted(RecordEvent.newId(), now, this));
    }
}
