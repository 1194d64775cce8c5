package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * For the benchmarks that drive the whole service: a throw-away PostgreSQL, Redis and Kafka, the application on a
 * free port with the rate limit out of the way, and an admin token of workspace {@code bench}.
 */
record BenchStack(EmbeddedPostgresServer postgres, EmbeddedRedisServer redis, EmbeddedKafkaBroker kafka,
                  Application app, String url, String token) implements AutoCloseable {
    private static final String SECRET = "bench-only-secret-long-enough-for-hs256-signing";

    static BenchStack start() {
        Main.routeJulToSlf4j();
        var postgres = EmbeddedPostgresServer.startTemporary();
        var redis = EmbeddedRedisServer.startOnFreePort();
        var kafka = EmbeddedKafkaBroker.startTemporary();
        var app = TestServer.startOver(postgres, redis, SECRET, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "NODE_ENV", "bench"));
        String token = new TokenIssuer(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())
                .issue("bench-user", "bench", "admin", Duration.ofHours(1));
        return new BenchStack(postgres, redis, kafka, app, "http://localhost:" + app.port(), token);
    }

    @Override
    public void close() {
        app.close();
        kafka.close();
        redis.close();
        postgres.close();
    }
}
