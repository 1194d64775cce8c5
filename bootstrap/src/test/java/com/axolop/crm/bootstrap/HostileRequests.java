package com.axolop.crm.bootstrap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random hostile requests over every route, reproducible from a seed: methods HTTP does and does not define, route
 * templates filled with real, foreign and broken ids, mangled paths, query values of every wrong kind, JSON bodies of
 * wrong types, depths and sizes, other bodies and content types, and tokens valid, forged, expired and malformed.
 */
final class HostileRequests {
    /** One request as bytes go on the wire (path already encoded, or deliberately not). */
    record Request(String method, String path, List<String[]> headers, byte[] body) {
        @Override
        public String toString() {
            return method + " " + (path.length() > 200 ? path.substring(0, 200) + "..." : path)
                    + (body == null ? "" : " (" + body.length + " bytes)");
        }
    }

    private static final String[] ROUTES = {
            "/api/v1/leads", "/api/v1/leads/{lead}", "/api/v1/leads/export", "/api/v1/leads/batch",
            "/api/v1/leads/{lead}/convert", "/api/v1/contacts", "/api/v1/contacts/{contact}", "/api/v1/contacts/export",
            "/api/v1/contacts/batch", "/api/v1/opportunities", "/api/v1/opportunities/{opportunity}",
            "/api/v1/opportunities/export", "/api/v1/calendar/events", "/api/v1/calendar/events/{event}",
            "/api/v1/calendar/events/export", "/api/v1/forms", "/api/v1/forms/{form}", "/api/v1/forms/{form}/submit",
            "/api/v1/forms/{form}/submissions", "/api/v1/analytics/activity", "/api/v1/cache", "/api/v1/search",
            "/api/v1/queues", "/api/v1/queues/{queue}", "/api/v1/queues/{queue}/pause", "/api/v1/queues/{queue}/resume",
            "/api/v1/queues/{queue}/clean", "/api/v1/queues/{queue}/jobs", "/api/v1/queues/{queue}/jobs/{job}/retry",
            "/api/v1/info", "/health", "/health/live", "/health/ready", "/health/db", "/health/redis", "/metrics",
            "/asyncapi.yaml", "/api/v1/nope", "/", "/api/v2/leads", "/api/v1/email-templates",
            "/api/v1/email-templates/{template}", "/api/v1/email-templates/{template}/preview"};
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "POST", "PUT", "PUT", "DELETE",
            "PATCH", "HEAD", "OPTIONS", "TRACE", "RANDOM1", "get", "PROPFIND", "X-Y", "GETT"};
    private static final String[] PARAMS = {"page", "limit", "sort", "order", "q", "status", "type", "startDate",
            "endDate", "format", "lead_id", "contact_id", "opportunity_id", "owner", "attendee", "minValue", "maxValue",
            "closeFrom", "closeTo", "stage", "active", "types", "entityType", "entityId", "pattern", "grace", "state",
            "cursor", "upsert"};
    private static final String[] FIELDS = {"name", "email", "phone", "company", "type", "status", "value", "currency",
            "source", "notes", "tags", "custom_fields", "assigned_to", "first_name", "last_name", "title", "lead_id",
            "contact_id", "opportunity_id", "owner", "stage", "probability", "expected_close_date", "lost_reason",
            "start_at", "end_at", "all_day", "timezone", "location", "attendees", "reminder_minutes", "description",
            "fields", "mapping", "active", "honeypot_field", "items", "upsert", "contact", "opportunity", "id",
            "version", "workspace_id", "full_name", "message", "budget", "_hp", "label", "required", "options",
            "subject", "html", "data"};
    private static final String[] TEXTS = {"", " ", "x", "Acme", "=cmd|' /C calc'!A0", "x;=1+1", "' OR 1=1 --",
            "\"; drop table leads; --", "%00", "\u0000", "\u0001\u0002", "\ud83d\ude00", "\u202e", "../../etc/passwd",
            "<script>alert(1)</script>", "NEW", "QUALIFIED", "CONVERTED", "CLOSED_WON", "B2B_COMPANY", "viewer",
            "admin", "text", "select", "email", "name", "value", "USD", "usd", "EURO", "Europe/Berlin", "Mars/Base",
            "a@b.io", "not-an-email", "2026-01-01", "2026-02-30", "2026-01-01T10:00:00Z", "2026-01-01T10:00:00",
            "9999-12-31T23:59:59Z", "-1", "0", "1e999999", "NaN", "Infinity", "true", "null", "00000000-0000-0000-0000-000000000000",
            "created_at", "asc", "desc", "csv", "json", "xml", "leads,contacts", "lead:*", "*", "completed", "failed",
            "${x", "<#if x>", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "<#include \"/etc/passwd\">"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
            "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "*/*", "garbage",
            "application/json; charset=nope", ";;;", "application/merge-patch+json"};

    private final Random random;
    private final Map<String, List<String>> ids;
    private final List<String> tokens;

    /**
     * @param ids    real ids by placeholder (lead, contact, opportunity, event, form, queue, job, template) to mix into paths
     * @param tokens Authorization header values to choose from (null: none)
     */
    HostileRequests(long seed, Map<String, List<String>> ids, List<String> tokens) {
        this.random = new Random(seed);
        this.ids = ids;
        this.tokens = tokens;
    }

    Request next() {
        String method = pick(METHODS);
        String path = path() + query();
        var headers = new ArrayList<String[]>();
        String token = tokens.get(random.nextInt(tokens.size()));
        if (token != null) {
            headers.add(new String[] {"Authorization", token});
        }
        byte[] body = random.nextInt(3) == 0 && method.equals("GET") ? null : body();
        if (body != null || random.nextInt(8) == 0) {
            headers.add(new String[] {"Content-Type", pick(CONTENT_TYPES)});
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            headers.add(header());
        }
        return new Request(method, path, headers, body);
    }

    private String path() {
        String path = pick(ROUTES);
        for (String placeholder : List.of("lead", "contact", "opportunity", "event", "form", "queue", "job",
                "template")) {
            if (path.contains("{" + placeholder + "}")) {
                path = path.replace("{" + placeholder + "}", id(placeholder));
            }
        }
        return switch (random.nextInt(12)) {
            case 0 -> path + "/";
            case 1 -> path.replace("/api/", "//api/");
            case 2 -> path + "/%2e%2e/%2e%2e";
            case 3 -> path + "/" + encode(pick(TEXTS));
            case 4 -> path.toUpperCase();
            case 5 -> path + "/x".repeat(random.nextInt(300));
            default -> path;
        };
    }

    private String id(String placeholder) {
        List<String> real = ids.getOrDefault(placeholder, List.of());
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> real.isEmpty() ? UUID.randomUUID().toString() : real.get(random.nextInt(real.size()));
            case 3 -> UUID.randomUUID().toString();
            case 4 -> encode(pick(TEXTS));
            default -> List.of("email", "workflow", "export", "nope", "EMAIL", "%2F", "..").get(random.nextInt(7));
        };
    }

    private String query() {
        int count = random.nextInt(4);
        var query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "?" : "&").append(random.nextInt(10) == 0 ? encode(pick(TEXTS)) : pick(PARAMS))
                    .append('=').append(value());
        }
        return query.toString();
    }

    private String value() {
        return switch (random.nextInt(8)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> "%ZZ%" + random.nextInt(10);
            case 2 -> "x".repeat(random.nextInt(5000));
            case 3 -> ids.getOrDefault("lead", List.of("x")).getFirst();
            default -> encode(pick(TEXTS));
        };
    }

    private String[] header() {
        return switch (random.nextInt(9)) {
            case 0 -> new String[] {"If-Match", List.of("\"1\"", "*", "W/\"2\"", "\"x\"", "\"1\", junk", "\"" + random.nextLong() + "\"")
                    .get(random.nextInt(6))};
            case 1 -> new String[] {"Idempotency-Key", List.of(UUID.randomUUID().toString(), "", "k".repeat(300), "fixed-key")
                    .get(random.nextInt(4))};
            case 2 -> new String[] {"X-Request-Id", List.of("req-1", "x".repeat(100), "a b", "<>").get(random.nextInt(4))};
            case 3 -> new String[] {"X-Forwarded-For", List.of("1.2.3.4", "::1, 10.0.0.1", "junk", "2001:db8::1, , ,")
                    .get(random.nextInt(4))};
            case 4 -> new String[] {"Accept", List.of("application/json", "text/csv", "*/*", "x/y").get(random.nextInt(4))};
            case 5 -> new String[] {"Authorization", pick(TEXTS)};
            case 6 -> new String[] {"Transfer-Encoding", "gzip"};
            case 7 -> new String[] {"X-Junk", "v".repeat(random.nextInt(4000))};
            default -> new String[] {"Range", "bytes=0-10"};
        };
    }

    private byte[] body() {
        String body = switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "\"text\"";
            case 5 -> "a=1&b=%zz&email=" + encode(pick(TEXTS)) + "&a=2";
            case 6 -> "[".repeat(3000) + "]".repeat(3000);
            case 7 -> "{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501);
            case 8 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield new String(bytes, StandardCharsets.ISO_8859_1);
            }
            default -> object(0);
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private String object(int depth) {
        int count = random.nextInt(depth == 0 ? 8 : 4);
        var json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(quote(random.nextInt(15) == 0 ? pick(TEXTS) : pick(FIELDS)))
                    .append(':').append(jsonValue(depth + 1));
        }
        return json.append('}').toString();
    }

    private String jsonValue(int depth) {
        return switch (random.nextInt(depth > 3 ? 10 : 13)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextInt(2000) - 1000);
            case 3 -> List.of("1e999999", "-0", "1e-400", "99999999999999999999999999", "12.345", "0.1")
                    .get(random.nextInt(6));
            case 4 -> quote("x".repeat(random.nextInt(20_000)));
            case 5 -> quote(ids.getOrDefault(List.of("lead", "contact", "opportunity", "form").get(random.nextInt(4)),
                    List.of("x")).getFirst());
            case 6 -> quote(Instant.now().plusSeconds(random.nextInt(100_000) - 50_000L).toString());
            case 10 -> "[" + jsonValue(depth + 1) + "," + jsonValue(depth + 1) + "]";
            case 11, 12 -> object(depth);
            default -> quote(pick(TEXTS));
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
