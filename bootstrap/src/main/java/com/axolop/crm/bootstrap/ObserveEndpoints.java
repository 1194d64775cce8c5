package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.shared.Responses;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.health.HealthCheckResponse;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.util.List;
import java.util.Map;

/**
 * Health and metrics. By default on the API's port. With MANAGEMENT_PORT, /metrics and the detailed health (/health
 * with its checks, /health/live, /ready, /db, /redis, /kafka) are served on that port only, and the API's port keeps
 * /health with the overall status alone (for a load balancer), so a private network can hold the details.
 * /metrics is Prometheus text unless the client prefers JSON ({@code Accept: application/json}): then the
 * contract's summary ({@link MetricsSummary}).
 */
final class ObserveEndpoints {
    static final String MANAGEMENT = "management";
    /** The routes of Helidon's observe feature (health and metrics observers at the root), beside {@link #route}'s. */
    static final List<String> FEATURE_PATHS = List.of("/health", "/health/live", "/health/ready", "/metrics");

    private final Integer managementPort;
    private final DatabaseHealthCheck database;
    private final RedisHealthCheck redis;
    private final KafkaHealthCheck kafka;
    private final MetricsSummary summary;

    /** {@code managementPort} null: everything on the API's port; 0: a free port. */
    ObserveEndpoints(Integer managementPort, DatabaseHealthCheck database, RedisHealthCheck redis,
                     KafkaHealthCheck kafka, MetricsSummary summary) {
        this.managementPort = managementPort;
        this.database = database;
        this.redis = redis;
        this.kafka = kafka;
        this.summary = summary;
    }

    /** The observe feature, on the management socket when there is one. */
    void addTo(WebServerConfig.Builder server) {
        var observe = ObserveFeature.builder()
                .endpoint("/")
                .addObserver(HealthObserver.builder().useSystemServices(false).details(true)
                        .addCheck(database).addCheck(redis).addCheck(kafka).build())
                .addObserver(MetricsObserver.create());
        if (managementPort != null) {
            server.putSocket(MANAGEMENT, socket -> socket.port(managementPort));
            server.routing(MANAGEMENT, this::dependencies);
            observe.sockets(List.of(MANAGEMENT));
        }
        server.addFeature(observe.build());
    }

    /** On the API's routing: each dependency's health, or, when the details moved, the overall status alone. */
    void route(HttpRules routing) {
        if (managementPort == null) {
            dependencies(routing);
            return;
        }
        routing.get("/health", (req, res) -> {
            boolean up = database.call().status() == HealthCheckResponse.Status.UP;
            Responses.send(res, up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, Map.of("status", up ? "UP" : "DOWN"));
        });
    }

    /** The management socket's port, or -1 without one. */
    static int managementPort(WebServer server) {
        return server.port(MANAGEMENT);
    }

    // Registered before the metrics observer's own /metrics, which serves everything this passes on.
    private void jsonMetrics(ServerRequest req, ServerResponse res) {
        if (req.headers().bestAccepted(MediaTypes.TEXT_PLAIN, MediaTypes.APPLICATION_OPENMETRICS_TEXT,
                MediaTypes.APPLICATION_JSON).filter(MediaTypes.APPLICATION_JSON::equals).isPresent()
                && req.query().isEmpty()) {
            Responses.send(res, Status.OK_200, summary.read());
        } else {
            res.next();
        }
    }

    private void dependencies(HttpRules routing) {
        routing.get("/metrics", this::jsonMetrics);
        routing.get("/health/db", (req, res) -> Health.send(res, database.name(), database.call()));
        routing.get("/health/redis", (req, res) -> Health.send(res, redis.name(), redis.isUp()));
        routing.get("/health/kafka", (req, res) -> Health.send(res, kafka.name(), kafka.isUp()));
    }
}
