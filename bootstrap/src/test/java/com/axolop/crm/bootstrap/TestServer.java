package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.HashMap;
import java.util.Map;

/**
 * The real application over a throw-away embedded PostgreSQL and Redis, shared by the API tests (rate
 * limits set out of reach). Tests that need other settings start their own instances with {@link #start}.
 */
final class TestServer {
    static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256!";
    static final String ENCRYPTION_KEY = "7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a";
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedRedisServer redis;
    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedSmtpServer smtp;
    private static Application shared;

    private TestServer() {
    }

    static synchronized String baseUrl() {
        if (shared == null) {
            shared = start(Map.of());
        }
        return url(shared);
    }

    static String url(Application app) {
        return "http://localhost:" + app.port();
    }

    static synchronized EmbeddedPostgresServer postgres() {
        infrastructure();
        return postgres;
    }

    static synchronized EmbeddedKafkaBroker kafka() {
        infrastructure();
        return kafka;
    }

    static synchronized EmbeddedRedisServer redis() {
        infrastructure();
        return redis;
    }

    static synchronized EmbeddedSmtpServer smtp() {
        infrastructure();
        return smtp;
    }

    /** Another instance over the same database; {@code overrides} may point it at another Redis. */
    static synchronized Application start(Map<String, String> overrides) {
        infrastructure();
        Map<String, String> settings = new HashMap<>(Map.of(
                "PORT", "0",
                "DATABASE_URL", postgres.jdbcUrl(),
                "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                "SUPABASE_JWT_SECRET", JWT_SECRET,
                "NODE_ENV", "test",
                "REDIS_HOST", "127.0.0.1",
                "REDIS_PORT", String.valueOf(redis.port()),
                "RATE_LIMIT_MAX_REQUESTS", "1000000",
                "RATE_LIMIT_AUTH_MAX_REQUESTS", "1000000"));
        settings.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        settings.put("WORKFLOW_POLL_INTERVAL", "200"); // delayed jobs (waits, retries) found within 0.2 s
        settings.put("FORM_SUBMIT_PER_FORM_MAX", "1000000");
        settings.put("FORM_SUBMIT_PER_WORKSPACE_MAX", "1000000");
        settings.put("SMTP_HOST", "127.0.0.1");
        settings.put("SMTP_PORT", String.valueOf(smtp.smtpPort()));
        settings.put("MAIL_FROM", "Axolop CRM <noreply@crm.test>");
        settings.put("ENCRYPTION_KEY", ENCRYPTION_KEY);
        settings.put("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true"); // the tests' receivers listen on localhost
        settings.put("WEBHOOK_ALLOW_HTTP", "true");
        settings.put("WEBHOOK_ALLOWED_PORTS", "*");
        settings.put("WEBHOOK_RETRY_SCHEDULE_MS", "300,600,1200"); // four attempts within about 2 s
        settings.putAll(overrides);
        return startWith(settings);
    }

    /**
     * An instance of its own over {@code postgres} and {@code redis} for the benches and drills: a free port (unless
     * {@code settings} name one), tokens signed with {@code jwtSecret}, rate limits out of the way, then
     * {@code settings}.
     */
    static Application startOver(EmbeddedPostgresServer postgres, EmbeddedRedisServer redis, String jwtSecret,
                                 Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of(
                "PORT", "0",
                "DATABASE_URL", postgres.jdbcUrl(),
                "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                "SUPABASE_JWT_SECRET", jwtSecret,
                "REDIS_HOST", "127.0.0.1",
                "REDIS_PORT", String.valueOf(redis.port()),
                "RATE_LIMIT_MAX_REQUESTS", "1000000000"));
        all.putAll(settings);
        return startWith(all);
    }

    /** The settings and application.yaml only: nothing from the environment or system properties. */
    private static Application startWith(Map<String, String> settings) {
        return Application.start(AppConfig.from(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .build()));
    }

    private static void infrastructure() {
        if (postgres == null) {
            Main.routeJulToSlf4j();
            postgres = EmbeddedPostgresServer.startTemporary();
            redis = EmbeddedRedisServer.startOnFreePort();
            kafka = EmbeddedKafkaBroker.startTemporary();
            smtp = EmbeddedSmtpServer.startOnFreePorts();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (shared != null) {
                    shared.close();
                }
                redis.close();
                kafka.close();
                smtp.close();
                postgres.close();
            }));
        }
    }
}
