package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * bench/exports: seeds LEADS leads and CONTACTS contacts in one workspace of a throw-away instance, asks for their
 * export package (csv) and times the job on the export queue, then the streamed download; samples the old generation
 * after a GC every few seconds during both, so a heap that grows with the rows shows.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        int contacts = Integer.parseInt(args[1]);
        String workspace = "bench-" + UUID.randomUUID();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             EmbeddedRedisServer redis = EmbeddedRedisServer.startOnFreePort();
             Application app = ImportBench.start(postgres, redis)) {
            seed(postgres.jdbcUrl(), workspace, leads, contacts);
            String token = TestTokens.member(workspace);
            Api api = Api.as(token).on(TestServer.url(app));
            long heapBefore = ImportBench.oldGenerationAfterGc();
            long heapMax = heapBefore;
            Instant start = Instant.now();
            String id = api.post("/api/v1/exports", "{\"entities\":[\"leads\",\"contacts\"]}").json()
                    .at("/data/export_id").asText();
            var status = api.get("/api/v1/exports/" + id).json().path("data");
            Instant nextSample = Instant.now().plusSeconds(5);
            while (!status.path("status").asText().equals("completed") && !status.path("status").asText().equals("failed")) {
                Thread.sleep(200);
                if (Instant.now().isAfter(nextSample)) {
                    heapMax = Math.max(heapMax, ImportBench.oldGenerationAfterGc());
                    nextSample = Instant.now().plusSeconds(5);
                }
                status = api.get("/api/v1/exports/" + id).json().path("data");
            }
            double took = Duration.between(start, Instant.now()).toNanos() / 1e9;
            long rows = status.at("/rows/leads").asLong() + status.at("/rows/contacts").asLong();
            System.out.printf("export: %d leads + %d contacts %s in %.2f s = %.0f rows/s%n",
                    status.at("/rows/leads").asLong(), status.at("/rows/contacts").asLong(),
                    status.path("status").asText(), took, rows / took);
            Instant downloadStart = Instant.now();
            HttpResponse<InputStream> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(TestServer.url(app) + "/api/v1/exports/" + id + "/download"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            byte[] buffer = new byte[64 * 1024];
            nextSample = Instant.now().plusSeconds(5);
            try (InputStream zip = download.body()) {
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    bytes += n;
                    if (Instant.now().isAfter(nextSample)) {
                        heapMax = Math.max(heapMax, ImportBench.oldGenerationAfterGc());
                        nextSample = Instant.now().plusSeconds(5);
                    }
                }
            }
            double downloaded = Duration.between(downloadStart, Instant.now()).toNanos() / 1e9;
            System.out.printf("download: %d, %.1f MB zip in %.2f s = %.1f MB/s%n", download.statusCode(), bytes / 1e6,
                    downloaded, bytes / 1e6 / downloaded);
            System.out.printf("heap: old generation after GC %.1f MB before, at most %.1f MB during, %.1f MB after%n",
                    heapBefore / 1e6, heapMax / 1e6, ImportBench.oldGenerationAfterGc() / 1e6);
        }
        System.exit(0);
    }

    private static void seed(String jdbcUrl, String workspace, int leads, int contacts) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement()) {
            BenchServer.seedLeads(sql, workspace, leads);
            sql.execute("""
                    insert into contacts (id, workspace_id, first_name, last_name, email, phone, company, title, tags,
                                          custom_fields, owner, created_by, created_at, updated_at, version)
                    select uuidv7(), 'WS', 'First' || g, 'Last' || g, 'contact' || g || '@example.com',
                           '+1555' || lpad(g::text, 7, '0'), 'Company ' || (g % 5000), 'CTO', array['seed'], '{}',
                           'bench-user', 'bench-user', now() - make_interval(secs => g),
                           now() - make_interval(secs => g), 1
                    from generate_series(1, CONTACTS) g""".replace("WS", workspace)
                    .replace("CONTACTS", String.valueOf(contacts)));
            sql.execute("vacuum analyze");
        }
        System.out.printf("seed: %d leads + %d contacts in %.1f s%n", leads, contacts, (System.nanoTime() - start) / 1e9);
    }
}
