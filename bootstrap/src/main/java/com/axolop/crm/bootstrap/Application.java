package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.rest.RestApi;
import com.axolop.crm.adapter.rest.auth.JwtAuthenticator;
import com.axolop.crm.adapter.rest.shared.DirectErrorHandler;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.adapter.rest.system.ApiInfo;
import io.helidon.common.socket.SocketOptions;
import io.helidon.health.HealthCheckResponse;
import io.helidon.http.DirectHandler;
import io.helidon.http.Status;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The running service: database, migrations, web server. Production and dev mode both start it here. */
public final class Application implements AutoCloseable {
    static final String NAME = "axolop-crm";
    static final String VERSION = "0.1.0";

    private final PostgresDatabase database;
    private final WebServer server;

    private Application(PostgresDatabase database, WebServer server) {
        this.database = database;
        this.server = server;
    }

    public static Application start(AppConfig config) {
        // PostgreSQL keeps microseconds: a clock of the same precision makes written and read-back values equal.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        PostgresDatabase database = PostgresDatabase.connect(config.jdbcUrl(), config.databaseUser(),
                config.databasePassword(), config.databasePoolSize());
        try {
            database.migrate();
            var health = new DatabaseHealthCheck(database);
            var deps = new RestApi.Dependencies(new JwtAuthenticator(config.jwtSecret(), clock), Wiring.leads(database, clock),
                    new ApiInfo(NAME, VERSION, "v1", config.environment(), clock.instant()), Metrics.globalRegistry(),
                    clock);
            WebServer server = WebServer.builder()
                    .port(config.port())
                    // Responses are written whole; without this, Nagle's algorithm holds back their last segment.
                    .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                    .maxPayloadSize(2L * JsonBody.MAX_BYTES)
                    .directHandlers(directErrorHandlers())
                    .featuresDiscoverServices(false)
                    .addFeature(ObserveFeature.builder()
                            .endpoint("/")
                            .addObserver(HealthObserver.builder().useSystemServices(false).details(true)
                                    .addCheck(health).build())
                            .addObserver(MetricsObserver.create())
                            .build())
                    .routing(routing -> {
                        routing.get("/health/db", (req, res) -> {
                            HealthCheckResponse check = health.call();
                            boolean up = check.status() == HealthCheckResponse.Status.UP;
                            // Same shape as Helidon's /health, for this one check.
                            Responses.send(res, up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, Map.of(
                                    "status", check.status().name(),
                                    "checks", List.of(Map.of("name", health.name(), "status", check.status().name(),
                                            "data", check.details()))));
                        });
                        RestApi.routing(routing, deps);
                    })
                    .build()
                    .start();
            return new Application(database, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static DirectHandlers directErrorHandlers() {
        var builder = DirectHandlers.builder();
        var handler = new DirectErrorHandler();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
