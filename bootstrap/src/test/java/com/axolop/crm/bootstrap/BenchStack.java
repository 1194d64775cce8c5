package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
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
        var app = Application.start(AppConfig.from(Config.builder().disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("PORT", "0", "DATABASE_URL", postgres.jdbcUrl(),
                        "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD, "SUPABASE_JWT_SECRET", SECRET,
                        "REDIS_HOST", "127.0.0.1", "REDIS_PORT", String.valueOf(redis.port()),
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "RATE_LIMIT_MAX_REQUESTS", "1000000000", "NODE_ENV", "bench")),
                        ConfigSources.classpath("application.yaml")).build()));
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
