package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Dev mode (the "test application" convention): starts embedded PostgreSQL with its data kept in
 * {@code AXOLOP_DEV_DIR} (default .dev at the project root), an embedded Redis and an in-JVM Kafka broker
 * (both start empty; unpublished events wait in the outbox), then the real application, and prints a
 * URL and a 24 h admin token for workspace {@code dev}. Ctrl-C stops everything. Its terminal is for a person:
 * plain log lines, the embedded infrastructure only when something is wrong ({@value #LOG_CONFIG}), and the banner
 * printed once everything has started, so it is what the terminal shows last.
 */
public final class DevMode {
    /** Dev mode's log configuration: human-readable lines, embedded infrastructure at WARN. */
    static final String LOG_CONFIG = "logback-dev.xml";

    static {
        // Before anything logs: on the test classpath logback would otherwise pick logback-test.xml (JSON lines).
        System.setProperty("logback.configurationFile", LOG_CONFIG);
    }

    static final String DEV_JWT_SECRET = AppConfig.DEV_JWT_SECRET;
    private static final int DEV_POSTGRES_PORT = 54329;
    private static final int DEV_REDIS_PORT = 63799;
    private static final int DEV_SMTP_PORT = 32525;
    private static final int DEV_IMAP_PORT = 31143;

    private DevMode() {
    }

    public static void main(String[] args) {
        Main.routeJulToSlf4j();
        Path devDir = Path.of(System.getenv().getOrDefault("AXOLOP_DEV_DIR", "../.dev")).toAbsolutePath().normalize();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(devDir.resolve("postgres"),
                DEV_POSTGRES_PORT);
        EmbeddedRedisServer redis = EmbeddedRedisServer.startOn(DEV_REDIS_PORT);
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
        EmbeddedSmtpServer smtp = EmbeddedSmtpServer.startOn(DEV_SMTP_PORT, DEV_IMAP_PORT);
        Application app;
        try {
            app = Application.start(AppConfig.from(devConfig(postgres, redis, kafka, smtp)));
        } catch (RuntimeException e) {
            smtp.close();
            kafka.close();
            redis.close();
            postgres.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            smtp.close();
            kafka.close();
            redis.close();
            postgres.close();
        }, "dev-shutdown"));
        String token = new TokenIssuer(DEV_JWT_SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())
                .issue("dev-user", "dev", "admin", Duration.ofHours(24));
        printBanner("http://localhost:" + app.port(), token, devDir, smtp);
    }

    private static Config devConfig(EmbeddedPostgresServer postgres, EmbeddedRedisServer redis,
                                    EmbeddedKafkaBroker kafka, EmbeddedSmtpServer smtp) {
        Map<String, String> dev = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "REDIS_HOST", "127.0.0.1",
                "REDIS_PORT", String.valueOf(redis.port()),
                "DATABASE_URL", postgres.jdbcUrl(),
                "DATABASE_USER", EmbeddedPostgresServer.USER,
                "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                "SUPABASE_JWT_SECRET", DEV_JWT_SECRET,
                "NODE_ENV", "development",
                "WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true"));
        dev.put("SMTP_HOST", "127.0.0.1");
        dev.put("SMTP_PORT", String.valueOf(smtp.smtpPort()));
        dev.put("MAIL_FROM", "Axolop CRM <noreply@dev.axolop.test>");
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(dev), ConfigSources.environmentVariables(),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    @SuppressWarnings("java:S106") // the banner is for the developer's terminal, not the log
    private static void printBanner(String url, String token, Path devDir, EmbeddedSmtpServer smtp) {
        System.out.println("""

                ==========================================================================
                 Axolop CRM dev mode is running at %1$s
                 Data: %3$s  (stop, then ./crm dev --reset to start empty)
                 Mail: every email goes to the embedded SMTP server on 127.0.0.1:%4$d (kept in memory).
                       Read it with any mail client over IMAP at 127.0.0.1:%5$d, logging in as the
                       recipient's address with any password.

                 Token (admin of workspace "dev", valid 24 h):
                 %2$s

                 Try it:
                 curl -s -X POST %1$s/api/v1/leads -H "Authorization: Bearer %2$s" \\
                      -H "Content-Type: application/json" -d '{"name":"Acme Corp","email":"contact@acme.com","value":50000}'
                 curl -s %1$s/api/v1/leads -H "Authorization: Bearer %2$s"
                ==========================================================================
                """.formatted(url, token, devDir, smtp.smtpPort(), smtp.imapPort()));
    }
}
