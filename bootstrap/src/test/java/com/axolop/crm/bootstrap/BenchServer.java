package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import io.helidon.common.socket.SocketOptions;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For the bench scripts, not a test: a throw-away PostgreSQL seeded with N leads in one workspace (the worst
 * case for a workspace-scoped list), the real application on a port, and a token and sample ids written to
 * the output directory. Runs until killed. Arguments: port, rows, output directory, cache enabled, and the
 * seed: "leads" (uniform leads, the default), "search" (realistic names, emails, companies and notes, and
 * a tenth as many contacts; the test resource bench/search-seed.sql) or "analytics" (a year of leads, deals,
 * contacts and activities; bench/analytics-seed.sql).
 */
public final class BenchServer {
    private static final String SECRET = "bench-only-secret-long-enough-for-hs256-signing";

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Main.routeJulToSlf4j();
        boolean cacheEnabled = args.length > 3 && Boolean.parseBoolean(args[3]);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
        EmbeddedRedisServer redis = EmbeddedRedisServer.startOnFreePort();
        Application app = TestServer.startOver(postgres, redis, SECRET, Map.of("PORT", String.valueOf(port),
                "DATABASE_POOL_SIZE", "16", "NODE_ENV", "bench", "CACHE_ENABLED", String.valueOf(cacheEnabled)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            redis.close();
            postgres.close();
        }));
        String seed = args.length > 4 ? args[4] : "leads";
        boolean search = seed.equals("search");
        long start = System.nanoTime();
        List<String> ids = switch (seed) {
            case "search" -> seedFromScript(postgres.jdbcUrl(), rows, "search-seed.sql");
            case "analytics" -> seedFromScript(postgres.jdbcUrl(), rows, "analytics-seed.sql");
            default -> seed(postgres.jdbcUrl(), rows);
        };
        System.err.printf("seeded %d leads%s in %.1f s%n", rows, search ? " and " + rows / 10 + " contacts" : "",
                (System.nanoTime() - start) / 1e9);
        Files.createDirectories(out);
        Files.write(out.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("token.txt"), new TokenIssuer(SECRET.getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC()).issue("bench-user", "bench", "admin", Duration.ofHours(2)));
        startBareServer(port + 1, "http://localhost:" + app.port() + "/api/v1/leads/" + ids.getFirst(),
                out.resolve("token.txt"));
        Files.writeString(out.resolve("ready"), "http://localhost:" + app.port());
    }

    /**
     * The baseline of the cache benchmark: a bare Helidon route that returns, as a constant, the bytes the
     * API returns for one lead.
     */
    private static void startBareServer(int port, String leadUrl, Path tokenFile) throws Exception {
        HttpResponse<byte[]> lead = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(leadUrl))
                .header("Authorization", "Bearer " + Files.readString(tokenFile)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = lead.body();
        WebServer.builder().port(port)
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .routing(routing -> routing.get("/bare", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, "application/json");
                    res.send(body);
                }))
                .build().start();
    }

    static List<String> seed(String jdbcUrl, int rows) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement()) {
            seedLeads(sql, "bench", rows);
            sql.execute("vacuum analyze leads");
            return sampleIds(sql);
        }
    }

    /** {@code rows} uniform leads in {@code workspace}, generated in SQL, one a second back from now. */
    static void seedLeads(Statement sql, String workspace, int rows) throws SQLException {
        sql.execute("""
                insert into leads (id, workspace_id, name, email, phone, company, type, status, value, currency,
                                   source, tags, custom_fields, created_by, created_at, updated_at, version)
                select uuidv7(), 'WORKSPACE', 'Lead ' || g, 'lead' || g || '@example.com',
                       '+1555' || lpad(g::text, 7, '0'), 'Company ' || (g % 5000),
                       (array['B2B_COMPANY','B2C_CUSTOMER','PARTNER','OTHER'])[1 + g % 4],
                       (array['NEW','CONTACTED','QUALIFIED','UNQUALIFIED','CONVERTED','LOST'])[1 + g % 6],
                       (g % 100000)::numeric, 'USD', 'seed', array['seed'], '{"tier":"gold"}', 'bench-user',
                       now() - make_interval(secs => g), now() - make_interval(secs => g), 1
                from generate_series(1, ROWS) g"""
                .replace("WORKSPACE", workspace).replace("ROWS", String.valueOf(rows)));
    }

    private static List<String> seedFromScript(String jdbcUrl, int rows, String name) throws SQLException, IOException {
        String script;
        try (InputStream in = BenchServer.class.getResourceAsStream("/bench/" + name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement()) {
            sql.execute(script.replace("CONTACTS", String.valueOf(rows / 10)).replace("LEADS", String.valueOf(rows)));
            sql.execute("vacuum analyze");
            return sampleIds(sql);
        }
    }

    private static List<String> sampleIds(Statement sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet sample = sql.executeQuery("select id from leads tablesample system (1) limit 10000")) {
            while (sample.next()) {
                ids.add(sample.getString(1));
            }
        }
        return ids;
    }
}
