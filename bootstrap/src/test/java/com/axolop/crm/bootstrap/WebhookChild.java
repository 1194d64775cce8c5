package com.axolop.crm.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.HashMap;
import java.util.Map;

/**
 * The service in a JVM of its own, for a test to kill -9 (WebhookCrashTest): args are the database URL, the Redis
 * port and the Kafka servers; it prints its port and runs until killed.
 */
public final class WebhookChild {
    private WebhookChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Application app = Application.start(config(args[0], args[1], args[2]));
        System.out.println("PORT " + app.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The settings of both instances of the crash test: short leases, so a dead worker's job is soon free. */
    static AppConfig config(String jdbcUrl, String redisPort, String kafka) {
        Map<String, String> settings = new HashMap<>(Map.of("PORT", "0", "DATABASE_URL", jdbcUrl,
                "DATABASE_PASSWORD", "postgres", "SUPABASE_JWT_SECRET", TestServer.JWT_SECRET, "NODE_ENV", "test",
                "REDIS_HOST", "127.0.0.1", "REDIS_PORT", redisPort, "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ENCRYPTION_KEY", TestServer.ENCRYPTION_KEY));
        settings.put("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true");
        settings.put("WEBHOOK_ALLOW_HTTP", "true");
        settings.put("WEBHOOK_ALLOWED_PORTS", "*");
        settings.put("JOB_LEASE_SECONDS", "3");
        settings.put("WORKFLOW_POLL_INTERVAL", "200");
        return AppConfig.from(Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml")).build());
    }
}
