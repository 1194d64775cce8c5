package com.axolop.crm.application.form;

import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.Optional;

/** The public side of a form: anyone may submit to an active form, no account needed. */
public interface SubmitFormUseCase {
    /**
     * Once {@code gate} admits it, checks the values against the form and stores the submission, with a new lead
     * or, for a known email, the existing lead with only its empty fields filled (never overwritten). Empty when
     * the submission filled the honeypot: it is dropped, and the caller must not tell the bot.
     */
    Optional<FormSubmission> submit(Id<Form> form, Map<String, Object> values, SubmissionGate gate);
}
