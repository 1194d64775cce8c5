package com.axolop.crm.application.form;

import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.Optional;

/** The public side of a form: anyone may submit to an active form, no account needed. */
public interface SubmitFormUseCase {
    /**
     * Checks the values against the form, stores the submission and creates or updates (by email) its lead.
     * Empty when the submission filled the honeypot: it is dropped, and the caller must not tell the bot.
     */
    Optional<FormSubmission> submit(Id<Form> form, Map<String, Object> values);
}
