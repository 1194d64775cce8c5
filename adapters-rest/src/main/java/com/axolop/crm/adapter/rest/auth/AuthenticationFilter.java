package com.axolop.crm.adapter.rest.auth;

import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.apikey.AuthenticateApiKeyUseCase;
import com.axolop.crm.application.me.Identity;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.apikey.ApiKeySecret;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * Every /api/v1 route needs a valid bearer token or API key, except the public ones; handlers read the
 * {@link Actor} (and /me its {@link Identity}). An API key comes as {@code Authorization: Bearer axolop_...} or
 * {@code X-API-Key: axolop_...}; both headers at once, or the key header twice, is a 400. The key itself is never
 * put in a message, a log line or the request context.
 */
public class AuthenticationFilter implements Filter {
    private static final String PROTECTED_PREFIX = "/api/v1/";
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/info");
    private static final HeaderName API_KEY = HeaderNames.create("X-API-Key");
    private static final String BEARER = "Bearer ";

    private final JwtAuthenticator authenticator;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final RateLimitGate gate;
    private final RateLimit failedAttempts;
    private final BiPredicate<String, String> publicRoute;

    /**
     * Every failed authentication counts against the client's address in {@code failedAttempts};
     * {@code publicRoute} tells, from method and path, the routes anyone may call (such as a form's submit).
     */
    public AuthenticationFilter(JwtAuthenticator authenticator, AuthenticateApiKeyUseCase apiKeys, RateLimitGate gate,
                                RateLimit failedAttempts, BiPredicate<String, String> publicRoute) {
        this.authenticator = authenticator;
        this.apiKeys = apiKeys;
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
            String apiKey = apiKey(req, authorization);
            Identity identity = apiKey != null ? verify(req, res, () -> byApiKey(apiKey))
                    : authenticator.known(authorization)
                    .orElseGet(() -> verify(req, res, () -> authenticator.identify(authorization)));
            req.context().register(identity.actor());
            req.context().register(identity);
        }
        chain.proceed();
    }

    /** The key the request presents, from either header, or null when it presents none (a token, or nothing). */
    private static String apiKey(RoutingRequest req, String authorization) {
        List<String> keyHeaders = req.headers().contains(API_KEY) ? req.headers().get(API_KEY).allValues() : List.of();
        boolean bearerKey = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && ApiKeySecret.claims(authorization.substring(BEARER.length()).strip());
        if (keyHeaders.size() > 1 || (!keyHeaders.isEmpty() && authorization != null)) {
            throw new ApiException(Status.BAD_REQUEST_400,
                    "Send one credential: Authorization: Bearer <token or key>, or X-API-Key: <key>");
        }
        if (!keyHeaders.isEmpty()) {
            return keyHeaders.getFirst().strip();
        }
        return bearerKey ? authorization.substring(BEARER.length()).strip() : null;
    }

    private Identity byApiKey(String key) {
        return apiKeys.authenticate(key).map(found -> Identity.apiKey(found.actor(), found.id()))
                .orElseThrow(() -> new ApiException(Status.UNAUTHORIZED_401, "Invalid, expired or revoked API key"));
    }

    // An address that failed too often is refused before its credential is even looked at, however good it is.
    private Identity verify(RoutingRequest req, RoutingResponse res, Supplier<Identity> check) {
        String address = gate.clientAddress(req);
        gate.refuseIfExhausted(address, failedAttempts);
        try {
            return check.get();
        } catch (ApiException unauthorized) {
            gate.pass(address, failedAttempts, res);
            throw unauthorized;
        }
    }

    /** The caller, or empty on a public route, where requests are anonymous. */
    public static Optional<Actor> caller(ServerRequest req) {
        return req.context().get(Actor.class);
    }

    /** How the caller authenticated; only on a protected route. */
    public static Identity identity(ServerRequest req) {
        return req.context().get(Identity.class)
                .orElseThrow(() -> new IllegalStateException("No identity on " + req.prologue().uriPath().path()));
    }

    public static Actor actor(ServerRequest req) {
        return req.context().get(Actor.class)
                .orElseThrow(() -> new IllegalStateException("No authenticated actor on " + req.prologue().uriPath().path()));
    }
}
