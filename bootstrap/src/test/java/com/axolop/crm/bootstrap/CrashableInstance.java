package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For the crash tests (ImportCrashTest, ExportCrashTest, CampaignCrashTest), not a test: the application in a process
 * of its own, so the test can kill it with SIGKILL. Arguments: JDBC URL, database password, Redis port, then any
 * further settings as KEY=VALUE. Prints "port=N" once it serves, then runs until killed. The static helpers start one
 * and give it a database of its own.
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

    /** A new database on the tests' PostgreSQL, so the shared test server's workers cannot take its jobs. */
    static String newDatabase() throws SQLException {
        String name = "crash_" + UUID.randomUUID().toString().replace("-", "");
        String serverUrl = TestServer.postgres().jdbcUrl();
        try (Connection db = DriverManager.getConnection(serverUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("create database " + name);
        }
        return serverUrl.replaceFirst("/[^/?]+\\?", "/" + name + "?");
    }

    /**
     * The application in a child JVM on the test's classpath, over the given database and the tests' Redis, with
     * further {@code settings} as KEY=VALUE.
     */
    static Process start(String url, String... settings) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashableInstance.class.getName(), url, EmbeddedPostgresServer.PASSWORD,
                String.valueOf(TestServer.redis().port())));
        command.addAll(List.of(settings));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The child's port, read from its output (which is then drained, so it never blocks on a full pipe). */
    static int port(Process child) throws IOException {
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("port=")) {
                Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
                return Integer.parseInt(line.substring("port=".length()));
            }
        }
        throw new IllegalStateException("the child instance stopped before serving");
    }

    static long number(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
