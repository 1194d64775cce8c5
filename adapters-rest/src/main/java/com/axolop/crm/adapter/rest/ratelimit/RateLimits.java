package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.adapter.rest.shared.ExportLimits;
import com.axolop.crm.application.adapterport.RateLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits the REST adapter enforces: the contract's rate-limit classes, the public form submit's own, how many
 * exports may run ({@link ExportLimits}), and how an anonymous caller is told apart.
 * General applies to every /api/v1 request, auth to failed authentications by client address; workflow execution
 * and email send wait for their routes; a form's submissions are also limited per form and per workspace, whoever
 * sends them. {@code trustedProxies} say whose X-Forwarded-For names the client address.
 */
public record RateLimits(RateLimit general, RateLimit auth, RateLimit workflowExecution, RateLimit emailSend,
                         RateLimit formSubmitPerForm, RateLimit formSubmitPerWorkspace,
                         ExportLimits exports, TrustedProxies trustedProxies) {
    /** Defaults of the form limits when none are configured: 60 a minute per form, 300 a minute per workspace. */
    public static final RateLimit FORM_SUBMIT_PER_FORM = new RateLimit("form-submit-form", 60, Duration.ofMinutes(1));
    public static final RateLimit FORM_SUBMIT_PER_WORKSPACE =
            new RateLimit("form-submit-workspace", 300, Duration.ofMinutes(1));

    public RateLimits {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(workflowExecution, "workflowExecution");
        Objects.requireNonNull(emailSend, "emailSend");
        Objects.requireNonNull(formSubmitPerForm, "formSubmitPerForm");
        Objects.requireNonNull(formSubmitPerWorkspace, "formSubmitPerWorkspace");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    /** The contract's four classes, with the default form and export limits, and no trusted proxy. */
    public RateLimits(RateLimit general, RateLimit auth, RateLimit workflowExecution, RateLimit emailSend) {
        this(general, auth, workflowExecution, emailSend, FORM_SUBMIT_PER_FORM, FORM_SUBMIT_PER_WORKSPACE,
                ExportLimits.DEFAULTS, TrustedProxies.NONE);
    }
}
