package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Counts one request against a limit, reports it in RateLimit-* headers, and refuses past the limit; tells which
 * client address an anonymous request counts against.
 */
public class RateLimitGate {
    private static final HeaderName X_FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");

    private final RateLimiter limiter;
    private final TrustedProxies proxies;

    public RateLimitGate(RateLimiter limiter, TrustedProxies proxies) {
        this.limiter = limiter;
        this.proxies = proxies;
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

    /**
     * Counts one request against a limit that is not the caller's own (such as a form's, shared by everyone who
     * submits to it): the RateLimit-* headers keep describing the caller's limit; past this one, 429 (its
     * Retry-After header set with the error).
     */
    public void admit(String key, RateLimit limit) {
        RateLimitDecision decision = limiter.acquire(key, limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(Math.max(1, (decision.resetAfter().toMillis() + 999) / 1000));
        }
    }

    /**
     * Refuses, without counting, a caller already at {@code limit} (429 with Retry-After): for checks that must
     * come before any work, such as a token's verification for an address that failed too often.
     */
    public void refuseIfExhausted(String caller, RateLimit limit) {
        RateLimitDecision decision = limiter.peek(caller, limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(Math.max(1, (decision.resetAfter().toMillis() + 999) / 1000));
        }
    }

    /**
     * The key an anonymous request counts against: its client's IPv4 address or IPv6 /64, the client being the TCP
     * peer or, behind a trusted proxy, the rightmost untrusted X-Forwarded-For hop (see {@link TrustedProxies}).
     */
    public String clientAddress(ServerRequest req) {
        if (!(req.remotePeer().address() instanceof InetSocketAddress socket) || socket.getAddress() == null) {
            return "ip:" + req.remotePeer().host();
        }
        List<String> forwardedFor = req.headers().contains(X_FORWARDED_FOR)
                ? req.headers().get(X_FORWARDED_FOR).allValues() : List.of();
        return TrustedProxies.key(proxies.client(socket.getAddress(), forwardedFor));
    }
}
