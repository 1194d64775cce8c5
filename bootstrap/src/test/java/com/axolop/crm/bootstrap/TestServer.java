package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.Map;

/** The real application on a free port over a throw-away embedded PostgreSQL, shared by the API tests. */
final class TestServer {
    static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256!";
    private static Application app;

    private TestServer() {
    }

    static synchronized String baseUrl() {
        if (app == null) {
            Main.routeJulToSlf4j();
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
            app = Application.start(AppConfig.from(Config.builder()
                    .disableEnvironmentVariablesSource()
                    .disableSystemPropertiesSource()
                    .sources(ConfigSources.create(Map.of(
                            "PORT", "0",
                            "DATABASE_URL", postgres.jdbcUrl(),
                            "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                            "SUPABASE_JWT_SECRET", JWT_SECRET,
                            "NODE_ENV", "test")), ConfigSources.classpath("application.yaml"))
                    .build()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                postgres.close();
            }));
        }
        return "http://localhost:" + app.port();
    }
}
