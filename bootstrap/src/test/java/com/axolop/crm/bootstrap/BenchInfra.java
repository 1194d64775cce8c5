package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * For bench/deploy, not a test: PostgreSQL, Redis and Kafka in a process of their own, so the production jar can be
 * started against them as a deployment would be. Database {@code postgres} is migrated and seeded with N leads;
 * databases {@code fresh1} to {@code fresh6} are empty, for starts that apply every migration. Writes
 * {@code infra.env} (the service's environment), {@code fresh.url} (N for the run's number), a token and sample lead
 * ids to the output directory. Runs until killed. Arguments: output directory, rows.
 */
public final class BenchInfra {
    private static final String SECRET = "bench-only-secret-long-enough-for-hs256-signing";

    private BenchInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Main.routeJulToSlf4j();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
        EmbeddedRedisServer redis = EmbeddedRedisServer.startOnFreePort();
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            redis.close();
            postgres.close();
        }));
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement()) {
            for (int run = 1; run <= 6; run++) {
                sql.execute("create database fresh" + run);
            }
        }
        try (PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD, 2)) {
            database.migrate();
        }
        List<String> ids = BenchServer.seed(postgres.jdbcUrl(), rows);
        Files.createDirectories(out);
        Files.write(out.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("token.txt"), new TokenIssuer(SECRET.getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC()).issue("bench-user", "bench", "admin", Duration.ofHours(2)));
        Files.writeString(out.resolve("fresh.url"), postgres.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/freshN$1"));
        Files.write(out.resolve("infra.env"), List.of(
                "DATABASE_URL=" + postgres.jdbcUrl(),
                "DATABASE_USER=" + EmbeddedPostgresServer.USER,
                "DATABASE_PASSWORD=" + EmbeddedPostgresServer.PASSWORD,
                "REDIS_HOST=127.0.0.1",
                "REDIS_PORT=" + redis.port(),
                "KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers(),
                "SUPABASE_JWT_SECRET=" + SECRET,
                "ENCRYPTION_KEY=" + "0123456789abcdef".repeat(4),
                "RATE_LIMIT_MAX_REQUESTS=1000000000"), StandardCharsets.UTF_8);
        System.err.printf("infrastructure up, %d leads seeded%n", rows);
    }
}
