package com.axolop.crm.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For ImportCrashTest and CampaignCrashTest, not a test: the application in a process of its own, so the test can
 * kill it with SIGKILL. Arguments: JDBC URL, database password, Redis port, then any further settings as KEY=VALUE.
 * Prints "port=N" once it serves, then runs until killed.
 */
public final class CrashableInstance {
    private CrashableInstance() {
    }

    public static void main(String[] args) {
        Main.routeJulToSlf4j();
        Map<String, String> settings = new HashMap<>(Map.of(
                "PORT", "0",
                "DATABASE_URL", args[0],
                "DATABASE_PASSWORD", args[1],
                "REDIS_PORT", args[2],
                "REDIS_HOST", "127.0.0.1",
                "SUPABASE_JWT_SECRET", TestServer.JWT_SECRET,
                "NODE_ENV", "test",
                "RATE_LIMIT_MAX_REQUESTS", "1000000",
                // The tests share one Redis, where other tests' failed authentications from this address count.
                "RATE_LIMIT_AUTH_MAX_REQUESTS", "1000000",
                "JOB_LEASE_SECONDS", "3"));
        for (String setting : Arrays.asList(args).subList(3, args.length)) {
            settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        Application app = Application.start(AppConfig.from(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .build()));
        System.out.println("port=" + app.port());
        System.out.flush();
    }
}
