package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.Actor;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost filter: assigns the request id, refuses a method HTTP does not define (405) and a metrics request
 * the metrics endpoint cannot serve (404, 406), turns any failure into the error format, then writes one access log line
 * and records the request's duration by method, route template and status. Every label comes from a bounded set (a method outside HTTP's is OTHER, a path no route
 * matched is "unmatched"), so no request can add metric series of its own.
 */
public class RequestTelemetryFilter implements Filter {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final String UNMATCHED = "unmatched";
    private static final String OTHER_METHOD = "OTHER";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");
    private static final String SERVED_METHODS = "GET, POST, PUT, DELETE";
    private static final HeaderName REQUEST_ID_HEADER = HeaderNames.create("X-Request-Id");

    private final MeterRegistry meters;
    // One timer per (method, route template, status): looked up once, not rebuilt on every request.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RequestTelemetryFilter(MeterRegistry meters) {
        this.meters = meters;
    }

    // The metrics endpoint (Helidon's) answers what it cannot serve (an Accept no format meets, a meter name or
    // scope it does not know) with a bare 406 or 404: those are answered here, in the error format. It serves all
    // meters at /metrics, in the accepted format; its per-name and per-scope forms are not offered.
    private static void refuseUnservableMetricsRequest(RoutingRequest req) {
        String path = req.prologue().uriPath().path();
        if (!path.equals("/metrics") && !path.startsWith("/metrics/")) {
            return;
        }
        if (!path.equals("/metrics") || req.query().contains("name") || req.query().contains("scope")) {
            throw new ApiException(Status.NOT_FOUND_404, "Metrics are served whole at /metrics");
        }
        if (!req.headers().isAccepted(MediaTypes.TEXT_PLAIN)
                && !req.headers().isAccepted(MediaTypes.APPLICATION_OPENMETRICS_TEXT)
                && !req.headers().isAccepted(MediaTypes.APPLICATION_JSON)) {
            throw new ApiException(Status.NOT_ACCEPTABLE_406,
                    "Metrics are served as text/plain, application/openmetrics-text or application/json");
        }
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        RequestId id = RequestId.fromHeader(req.headers().first(REQUEST_ID_HEADER).orElse(null));
        req.context().register(id);
        res.header(REQUEST_ID_HEADER, id.value());
        String method = HTTP_METHODS.contains(req.prologue().method().text()) ? req.prologue().method().text()
                : OTHER_METHOD;
        try {
            if (method.equals(OTHER_METHOD)) {
                // 405 rather than 501: a client's odd method is its error, never the server's.
                res.header(HeaderNames.ALLOW, SERVED_METHODS);
                throw new ApiException(Status.METHOD_NOT_ALLOWED_405, "Method not allowed; allowed: " + SERVED_METHODS);
            }
            refuseUnservableMetricsRequest(req);
            chain.proceed();
        } catch (RuntimeException e) {
            if (res.isSent()) {
                throw e; // a streamed body already started: only closing the connection can tell the client
            }
            ErrorResponses.send(req, res, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String route = req.matchingPattern().orElse(UNMATCHED);
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
