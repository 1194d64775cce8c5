package com.axolop.crm.domain.form;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A lead-capture form; its submissions are checked against its own fields. */
public record Form(Id<Form> id, WorkspaceId workspaceId, FormDetails details, Revision revision)
        implements EditableRecord<Form, FormDetails> {

    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Form> create(Id<Form> id, WorkspaceId workspace, FormDetails details, UserId createdBy,
                                      Instant now) {
        var form = new Form(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(form, new FormEvent.Created(RecordEvent.newId(), now, form));
    }

    @Override
    public Change<Form> update(FormDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        var next = new Form(id, workspaceId, newDetails, revision.next(now));
        return Change.of(next, new FormEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<Form> delete(Instant now) {
        return Change.of(this, new FormEvent.Deleted(RecordEvent.newId(), now, this));
    }

    /** A bot's submission: it filled the honeypot field. */
    public boolean isTrap(Map<String, Object> values) {
        return new SubmissionRules(details).isTrap(values);
    }

    /**
     * The submitted values, checked and normalised against the form's fields.
     *
     * @throws InvalidFieldException listing every refused value, and every value the form does not ask for
     */
    public Map<String, Object> accept(Map<String, Object> values) {
        return new SubmissionRules(details).accept(values);
    }

    /** The submitted email when the form maps one, for finding the lead to update. */
    public EmailAddress leadEmail(Map<String, Object> accepted) {
        return new LeadMapping(details).leadEmail(accepted);
    }

    /**
     * The lead an accepted submission makes, or the existing one with only its empty fields filled (null
     * {@code existing} for a new one); see {@link LeadMapping}.
     */
    public LeadDetails toLead(Map<String, Object> accepted, LeadDetails existing, String source) {
        return new LeadMapping(details).toLead(accepted, existing, source);
    }
}
