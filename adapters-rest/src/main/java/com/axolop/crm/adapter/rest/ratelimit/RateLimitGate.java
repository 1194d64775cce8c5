package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Counts one request against a limit, reports it in RateLimit-* headers, and refuses past the limit. */
public class RateLimitGate {
    private final RateLimiter limiter;

    public RateLimitGate(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public void pass(String caller, RateLimit limit, ServerResponse res) {
        RateLimitDecision decision = limiter.acquire(caller, limit);
        long resetSeconds = Math.max(1, (decision.resetAfter().toMillis() + 999) / 1000);
        res.header(HeaderNames.create("RateLimit-Limit"), String.valueOf(decision.limit()));
        res.header(HeaderNames.create("RateLimit-Remaining"), String.valueOf(decision.remaining()));
        res.header(HeaderNames.create("RateLimit-Reset"), String.valueOf(resetSeconds));
        if (!decision.allowed()) {
            res.header(HeaderNames.RETRY_AFTER, String.valueOf(resetSeconds));
            throw new RateLimitedException(resetSeconds);
        }
    }

    /** Anonymous callers are told apart by address (behind a proxy this is the proxy's, see README). */
    public static String clientAddress(ServerRequest req) {
        return "ip:" + req.remotePeer().host();
    }
}
