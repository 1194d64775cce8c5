package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.application.idempotency.IdempotencyKey;
import com.axolop.crm.application.idempotency.IdempotentRequest;
import com.axolop.crm.application.idempotency.Outcome;
import com.axolop.crm.application.idempotency.RunOnceUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.refusal.FieldViolation;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code Idempotency-Key} for every route whose handler is a {@link Reply#handler}: with a key, the reply is
 * computed through {@link RunOnceUseCase}, which replays the first reply to a retry. As a filter it only
 * hands itself to the request, so the static {@link Reply#handler} finds it without any wiring per route.
 */
public final class Idempotency implements Filter {
    static final HeaderName KEY = HeaderNames.create("Idempotency-Key");
    static final String REPLAYED = "Idempotent-Replayed";

    private final RunOnceUseCase runOnce;

    public Idempotency(RunOnceUseCase runOnce) {
        this.runOnce = runOnce;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        req.context().register(this);
        chain.proceed();
    }

    /** Without a key: {@code compute} as it is. With one: at most once per key and request. */
    static Reply reply(ServerRequest req, Function<ServerRequest, Reply> compute) {
        Optional<String> header = req.headers().first(KEY);
        if (header.isEmpty()) {
            return compute.apply(req);
        }
        Idempotency idempotency = req.context().get(Idempotency.class)
                .orElseThrow(() -> new IllegalStateException("The Idempotency filter is not registered"));
        return idempotency.run(req, key(header.get()), compute);
    }

    private Reply run(ServerRequest req, IdempotencyKey key, Function<ServerRequest, Reply> compute) {
        String method = req.prologue().method().text();
        String path = req.prologue().uriPath().rawPath();
        String target = req.query().isEmpty() ? path : path + "?" + req.query().rawValue();
        byte[] body = JsonBody.bytes(req);
        Optional<Actor> caller = AuthenticationFilter.caller(req);
        IdempotentRequest request = caller.isPresent()
                ? IdempotentRequest.of(caller.get(), key, method, target, body)
                : IdempotentRequest.anonymous(path, key, method, target, body);
        Outcome outcome = runOnce.run(request, () -> compute.apply(req).stored());
        Reply reply = Reply.of(outcome.reply());
        return outcome.replayed() ? reply.withHeader(REPLAYED, "true") : reply;
    }

    private static IdempotencyKey key(String value) {
        try {
            return new IdempotencyKey(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(List.of(new FieldViolation(KEY.defaultCase(), e.getMessage())));
        }
    }
}
