package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.application.adapterport.RateLimit;
import java.util.Objects;

/**
 * The contract's rate-limit classes. General applies to every /api/v1 request, auth to failed
 * authentications by IP; workflow execution and email send wait for their routes.
 */
public record RateLimits(RateLimit general, RateLimit auth, RateLimit workflowExecution, RateLimit emailSend) {
    public RateLimits {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(workflowExecution, "workflowExecution");
        Objects.requireNonNull(emailSend, "emailSend");
    }
}
