package com.axolop.crm.application.form;

import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.ManageLeadsUseCase;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.form.FormSubmitted;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction per submission: the lead write (with its lead events), the stored submission and
 * form.submitted commit together. The lead is written as the form ("form:&lt;id&gt;") with a member's rights, and an
 * existing lead only gets its empty fields filled: anonymous input never overwrites what the workspace knows.
 * The submission reaches the lead's timeline through form.submitted, which names the lead.
 */
public class SubmitFormService implements SubmitFormUseCase {
    private final FormRepository forms;
    private final FormSubmissions submissions;
    private final LeadRepository leads;
    private final ManageLeadsUseCase leadWrites;
    private final RecordWritePorts ports;

    public SubmitFormService(FormRepository forms, FormSubmissions submissions, LeadRepository leads,
                             ManageLeadsUseCase leadWrites, RecordWritePorts ports) {
        this.forms = Objects.requireNonNull(forms);
        this.submissions = Objects.requireNonNull(submissions);
        this.leads = Objects.requireNonNull(leads);
        this.leadWrites = Objects.requireNonNull(leadWrites);
        this.ports = Objects.requireNonNull(ports);
    }

    @Override
    public Optional<FormSubmission> submit(Id<Form> formId, Map<String, Object> values, SubmissionGate gate) {
        Form form = forms.findActive(formId).orElseThrow(() -> new NotFoundException("Form not found"));
        gate.admit(form.workspaceId(), form.id());
        // Checked before the honeypot, so a bot cannot tell the trap field from the answer to invalid values.
        Map<String, Object> accepted = form.accept(values);
        if (form.isTrap(values)) {
            return Optional.empty();
        }
        return Optional.of(ports.transactions().inTransaction(() -> {
            Lead lead = writeLead(form, accepted);
            Instant now = ports.clock().instant();
            var submission = new FormSubmission(Id.newId(), form.workspaceId(), form.id(), accepted, lead.id(), now);
            submissions.insert(submission);
            ports.outbox().append(List.of(toOutbox(new FormSubmitted(RecordEvent.newId(), now, submission))));
            return submission;
        }));
    }

    private Lead writeLead(Form form, Map<String, Object> accepted) {
        var actor = new Actor(form.workspaceId(), new UserId("form:" + form.id()), Role.MEMBER);
        String source = "form:" + form.id();
        EmailAddress email = form.leadEmail(accepted);
        // Locked before its details are merged, so a concurrent PUT is neither lost nor turned into a 412 here.
        Optional<Lead> existing = email == null ? Optional.empty()
                : leads.findByEmail(form.workspaceId(), email)
                        .flatMap(found -> leads.findByIdForUpdate(form.workspaceId(), found.id()));
        if (existing.isPresent()) {
            Lead lead = existing.get();
            return leadWrites.update(actor, lead.id(), form.toLead(accepted, lead.details(), source),
                    ExpectedVersion.exactly(lead.revision().version()));
        }
        return leadWrites.create(actor, form.toLead(accepted, null, source));
    }

    private static OutboxEvent toOutbox(FormSubmitted event) {
        FormSubmission submission = event.submission();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("form_id", submission.formId().toString());
        payload.put("submission", FormSnapshot.of(submission));
        payload.put("lead_id", submission.leadId().toString());
        return new OutboxEvent(event.id(), "form", submission.formId().toString(), FormSubmitted.TYPE,
                submission.workspaceId(), payload, event.occurredAt());
    }
}
