package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.application.shared.Actor;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** The general limit on /api/v1, per user when authenticated (an API key counts as a user of its own), else per client address. */
public class RateLimitFilter implements Filter {
    private static final String LIMITED_PREFIX = "/api/v1/";

    private final RateLimitGate gate;
    private final RateLimits limits;

    public RateLimitFilter(RateLimitGate gate, RateLimits limits) {
        this.gate = gate;
        this.limits = limits;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (req.prologue().uriPath().path().startsWith(LIMITED_PREFIX)) {
            String caller = req.context().get(Actor.class)
                    .map(actor -> "user:" + actor.workspace() + ":" + actor.user())
                    .orElseGet(() -> gate.clientAddress(req));
            gate.pass(caller, limits.general(), res);
        }
        chain.proceed();
    }
}
