package com.axolop.crm.adapter.rest.auth;

import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.shared.Actor;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** Every /api/v1 route needs a valid bearer token, except the public ones; handlers read the {@link Actor}. */
public class AuthenticationFilter implements Filter {
    private static final String PROTECTED_PREFIX = "/api/v1/";
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/info");

    private final JwtAuthenticator authenticator;
    private final RateLimitGate gate;
    private final RateLimit failedAttempts;
    private final BiPredicate<String, String> publicRoute;

    /**
     * Every failed authentication counts against the client's address in {@code failedAttempts};
     * {@code publicRoute} tells, from method and path, the routes anyone may call (such as a form's submit).
     */
    public AuthenticationFilter(JwtAuthenticator authenticator, RateLimitGate gate, RateLimit failedAttempts,
                                BiPredicate<String, String> publicRoute) {
        this.authenticator = authenticator;
        this.gate = gate;
        this.failedAttempts = failedAttempts;
        this.publicRoute = publicRoute;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.prologue().uriPath().path();
        if (path.startsWith(PROTECTED_PREFIX) && !PUBLIC_PATHS.contains(path)
                && !publicRoute.test(req.prologue().method().text(), path)) {
            String authorization = req.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
            Actor actor = authenticator.known(authorization).orElseGet(() -> verify(authorization, req, res));
            req.context().register(actor);
        }
        chain.proceed();
    }

    // An address that failed too often is refused before its token is even parsed, however good the token.
    private Actor verify(String authorization, RoutingRequest req, RoutingResponse res) {
        String address = gate.clientAddress(req);
        gate.refuseIfExhausted(address, failedAttempts);
        try {
            return authenticator.authenticate(authorization);
        } catch (ApiException unauthorized) {
            gate.pass(address, failedAttempts, res);
            throw unauthorized;
        }
    }

    /** The caller, or empty on a public route, where requests are anonymous. */
    public static Optional<Actor> caller(ServerRequest req) {
        return req.context().get(Actor.class);
    }

    public static Actor actor(ServerRequest req) {
        return req.context().get(Actor.class)
                .orElseThrow(() -> new IllegalStateException("No authenticated actor on " + req.prologue().uriPath().path()));
    }
}
