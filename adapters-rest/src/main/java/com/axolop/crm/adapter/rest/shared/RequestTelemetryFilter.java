package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.Actor;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost filter: assigns the request id, turns any failure into the error format, then writes one
 * access log line and records the request's duration by route template and status.
 */
public class RequestTelemetryFilter implements Filter {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final String UNMATCHED = "unmatched";
    private static final HeaderName REQUEST_ID_HEADER = HeaderNames.create("X-Request-Id");

    private final MeterRegistry meters;
    // One timer per (method, route template, status): looked up once, not rebuilt on every request.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RequestTelemetryFilter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        RequestId id = RequestId.fromHeader(req.headers().first(REQUEST_ID_HEADER).orElse(null));
        req.context().register(id);
        res.header(REQUEST_ID_HEADER, id.value());
        try {
            chain.proceed();
        } catch (RuntimeException e) {
            if (res.isSent()) {
                throw e; // a streamed body already started: only closing the connection can tell the client
            }
            ErrorResponses.send(req, res, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String route = req.matchingPattern().orElse(UNMATCHED);
        String method = req.prologue().method().text();
        int status = res.status().code();
        timers.computeIfAbsent(method + " " + route + " " + status, key -> meters.getOrCreate(
                        Timer.builder("crm_http_requests")
                                .description("HTTP requests by route template and status")
                                .tags(List.of(Tag.create("method", method), Tag.create("route", route),
                                        Tag.create("status", String.valueOf(status))))))
                .record(took);
        ACCESS.atInfo()
                .addKeyValue("requestId", id.value())
                .addKeyValue("workspace", req.context().get(Actor.class).map(a -> a.workspace().value()).orElse(null))
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("path", req.prologue().uriPath().rawPath())
                .addKeyValue("status", status)
                .addKeyValue("durationMs", took.toNanos() / 1_000_000.0)
                .log("{} {} {}", method, route, status);
    }
}
