package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seeded random hostile requests over every route (see {@link HostileRequests}): no answer is a 5xx, every 4xx is
 * in the error format, and the server still serves afterwards. CI runs fixed seeds (fuzz.seeds, default 1,2,3) of
 * fuzz.requests each (default 500); bench/fuzz runs a longer one from a random seed.
 */
class HostileRequestsFuzzTest {
    private static final int MAX_REPORTED = 20;

    private final String workspace = "ws-fuzz-" + UUID.randomUUID();
    private final Api admin = Api.as(TestTokens.withRole(workspace, "admin"));

    @Test
    void hostileRequestsGetNo5xxEvery4xxInTheErrorFormatAndTheServerLives() {
        int port = URI.create(TestServer.baseUrl()).getPort();
        Map<String, List<String>> ids = seedRecords();
        List<String> tokens = tokens();
        var failures = new ArrayList<String>();
        int sent = 0;
        int serverErrors = 0;
        long started = System.nanoTime();
        for (long seed : seeds()) {
            var requests = new HostileRequests(seed, ids, tokens);
            for (int i = 0; i < Integer.getInteger("fuzz.requests", 500); i++) {
                HostileRequests.Request request = requests.next();
                sent++;
                String problem;
                try {
                    RawHttp.Response response = RawHttp.send(port, request);
                    serverErrors += response.status() >= 500 ? 1 : 0;
                    problem = problem(request, response);
                } catch (IOException | RuntimeException e) {
                    problem = "no answer (" + e + ")";
                }
                if (problem != null && failures.size() < MAX_REPORTED) {
                    failures.add("seed " + seed + " #" + i + " " + request + ": " + problem);
                }
            }
        }
        System.out.printf("fuzz: %d hostile requests (seeds %s) in %d ms, 5xx: %d, other failures: %d%n", sent,
                Arrays.toString(seeds()), (System.nanoTime() - started) / 1_000_000, serverErrors,
                failures.size() - Math.min(serverErrors, failures.size()));

        assertThat(failures).isEmpty();
        assertThat(Api.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/leads/" + admin.createLead("{\"name\":\"After\"}")).status()).isEqualTo(200);
    }

    private static String problem(HostileRequests.Request request, RawHttp.Response response) {
        if (response.status() >= 500) {
            return response.status() + " " + response.text();
        }
        if (response.status() < 400 || request.method().equals("HEAD")) {
            return null;
        }
        try {
            JsonNode body = Api.JSON.readTree(response.body());
            boolean errorFormat = body.path("status").asText().equals("error")
                    && body.path("statusCode").asInt() == response.status()
                    && !body.path("message").asText().isBlank()
                    && body.path("timestamp").isTextual() && body.path("path").isTextual()
                    && !body.path("requestId").asText().isBlank();
            return errorFormat ? null : response.status() + " not in the error format: " + response.text();
        } catch (IOException e) {
            return response.status() + " not JSON: " + response.text();
        }
    }

    // Real records of the workspace, so some requests reach past the 404s.
    private Map<String, List<String>> seedRecords() {
        String lead = admin.createLead("{\"name\":\"Fuzz\",\"email\":\"fuzz@example.com\"}");
        String contact = admin.post("/api/v1/contacts", "{\"first_name\":\"Fuzz\",\"lead_id\":\"" + lead + "\"}")
                .json().at("/data/id").asText();
        String opportunity = admin.post("/api/v1/opportunities", "{\"name\":\"Deal\",\"lead_id\":\"" + lead + "\"}")
                .json().at("/data/id").asText();
        String event = admin.post("/api/v1/calendar/events", "{\"title\":\"Call\",\"start_at\":\"2026-12-01T10:00:00Z\","
                + "\"end_at\":\"2026-12-01T11:00:00Z\"}").json().at("/data/id").asText();
        String form = admin.post("/api/v1/forms", "{\"name\":\"F\",\"fields\":[{\"name\":\"email\",\"label\":\"E\","
                + "\"type\":\"email\"},{\"name\":\"full_name\",\"label\":\"N\",\"type\":\"text\"}],"
                + "\"mapping\":{\"email\":\"email\",\"full_name\":\"name\"}}").json().at("/data/id").asText();
        String template = admin.post("/api/v1/email-templates", "{\"name\":\"T\",\"subject\":\"Hi ${name}\","
                + "\"html\":\"<p>${name}</p>\"}").json().at("/data/id").asText();
        return Map.of("lead", List.of(lead), "contact", List.of(contact), "opportunity", List.of(opportunity),
                "event", List.of(event), "form", List.of(form), "queue", List.of("email", "workflow", "webhook"),
                "job", List.of(UUID.randomUUID().toString()), "template", List.of(template, "welcome"));
    }

    private List<String> tokens() {
        var tokens = new ArrayList<String>();
        tokens.add(null);
        for (String role : List.of("admin", "admin", "member", "viewer")) {
            tokens.add("Bearer " + TestTokens.withRole(workspace, role));
        }
        tokens.add("Bearer " + TestTokens.forClaims(TestTokens.claims("u", workspace, "admin",
                Instant.now().minusSeconds(3600))));
        tokens.add("Bearer " + TestTokens.forClaims("{\"sub\":{\"a\":[1]},\"exp\":\"x\",\"aud\":7}"));
        tokens.add("Bearer " + TestTokens.unsigned(TestTokens.claims("u", workspace, "admin", Instant.now().plusSeconds(600))));
        tokens.add("Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJ4In0.");
        tokens.add("Bearer a.b.c");
        tokens.add("Bearer " + "a".repeat(9000));
        tokens.add("bearer " + TestTokens.withRole(workspace, "member"));
        tokens.add("Basic dXNlcjpwYXNz");
        tokens.add("Bearer axolop_" + UUID.randomUUID());
        return tokens;
    }

    private static long[] seeds() {
        String seeds = System.getProperty("fuzz.seeds", "1,2,3");
        if (seeds.equals("random")) {
            return new long[] {new Random().nextLong()};
        }
        return Arrays.stream(seeds.split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
    }
}
