package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * bench/imports: uploads a CSV of ROWS leads (name, email, company, status, value, tags) or contacts (first and last
 * name, email, company) to a throw-away instance and times it from the upload to the import's completion; also prints
 * the old generation after a GC, before and after.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        String onDuplicate = args.length > 1 ? args[1] : "create";
        String entity = args.length > 2 ? args[2] : "leads";
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             EmbeddedRedisServer redis = EmbeddedRedisServer.startOnFreePort();
             Application app = start(postgres, redis)) {
            var csv = new StringBuilder(entity.equals("contacts") ? "first_name,last_name,email,company\n"
                    : "name,email,company,status,value,tags\n");
            for (int i = 0; i < rows; i++) {
                if (entity.equals("contacts")) {
                    csv.append("First ").append(i).append(",Last,contact").append(i).append("@bench.io,Company ")
                            .append(i % 977).append('\n');
                } else {
                    csv.append("Lead ").append(i).append(",lead").append(i).append("@bench.io,Company ")
                            .append(i % 977).append(",NEW,").append(i % 5000).append(".50,bench;import\n");
                }
            }
            byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
            Api api = Api.as(TestTokens.member("bench-" + UUID.randomUUID())).on(TestServer.url(app));
            long heapBefore = oldGenerationAfterGc();
            Instant start = Instant.now();
            Api.Answer started = api.send("POST", "/api/v1/" + entity + "/import?on_duplicate=" + onDuplicate,
                    HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "text/csv");
            double uploaded = Duration.between(start, Instant.now()).toNanos() / 1e9;
            var done = ImportsApiTest.awaitFinished(api, started.json().at("/data/import_id").asText(),
                    Duration.ofMinutes(30));
            double took = Duration.between(start, Instant.now()).toNanos() / 1e9;
            System.out.printf("import: %d %s (%.1f MB, on_duplicate=%s) %s in %.2f s (upload %.2f s) = %.0f rows/s;"
                            + " created %d, failed %d%n", rows, entity, body.length / 1e6, onDuplicate,
                    done.path("status").asText(), took, uploaded, rows / took, done.path("created").asLong(),
                    done.path("failed").asLong());
            System.out.printf("heap: old generation after GC %.1f MB before, %.1f MB after%n", heapBefore / 1e6,
                    oldGenerationAfterGc() / 1e6);
        }
        System.exit(0);
    }

    /** The service on a free port over {@code postgres} and {@code redis}, with the test token secret. */
    static Application start(EmbeddedPostgresServer postgres, EmbeddedRedisServer redis) {
        return TestServer.startOver(postgres, redis, TestServer.JWT_SECRET, Map.of("NODE_ENV", "test",
                "RATE_LIMIT_MAX_REQUESTS", "1000000"));
    }

    static long oldGenerationAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getName().contains("Old Gen"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
