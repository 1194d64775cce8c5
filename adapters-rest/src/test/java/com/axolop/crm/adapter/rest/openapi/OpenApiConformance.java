package com.axolop.crm.adapter.rest.openapi;

import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a real answer against the OpenAPI document: the operation is found by method and path template, its status
 * must be one the operation documents (503, which any route gives while a dependency is down, must be the error
 * envelope), and a JSON body must match the schema the document gives for that status. A route or method the
 * document does not have may only be refused, in the error envelope. The test clients (the routing
 * tests' {@code TestApi}, bootstrap's {@code Api}) check every answer they receive, so every API test checks the document.
 */
public final class OpenApiConformance {
    private static final String DOCUMENT = "classpath:" + OpenApiHttpService.RESOURCE;
    private static final JsonNode SPEC = OpenApiHttpService.document();
    private static final List<Template> TEMPLATES = templates();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERROR_SCHEMA = "/components/schemas/Error";

    private OpenApiConformance() {
    }

    /** A path of the document as a pattern; the fewer parameters, the more specific (/leads/export over /leads/{id}). */
    private record Template(String path, Pattern pattern, int parameters) {
    }

    /** Why the answer does not conform, or empty when it does. */
    public static Optional<String> violation(String method, String path, int status, String contentType, String body) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String normalized = withoutQuery.length() > 1 && withoutQuery.endsWith("/")
                ? withoutQuery.substring(0, withoutQuery.length() - 1) : withoutQuery;
        Optional<Template> template = TEMPLATES.stream().filter(t -> t.pattern().matcher(normalized).matches())
                .findFirst();
        JsonNode operation = template.map(t -> SPEC.path("paths").path(t.path()).path(method.toLowerCase(Locale.ROOT)))
                .orElse(null);
        String where = method + " " + path + " -> " + status;
        if (operation == null || operation.isMissingNode()) {
            // Unknown routes and methods are the client's mistake: the error envelope is all the document promises.
            return status >= 400 ? errorEnvelope(where, contentType, body)
                    : Optional.of(where + ": the OpenAPI document has no operation " + method + " for this path");
        }
        String pointer = "/paths/" + escape(template.get().path()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + status;
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            // Any route answers 503 while a dependency is down: the document says so once, in its description.
            return status == 503 ? errorEnvelope(where, contentType, body)
                    : Optional.of(where + ": status " + status + " is not documented for "
                    + operation.path("operationId").asText());
        }
        if (response.has("$ref")) {
            pointer = response.path("$ref").asText().substring(1);
            response = SPEC.at(pointer);
        }
        if (!isJson(contentType)) {
            return Optional.empty();
        }
        if (!response.path("content").has("application/json")) {
            return Optional.of(where + ": a JSON body, where the document gives " + response.path("content").properties()
                    .stream().map(Map.Entry::getKey).toList());
        }
        return validate(where, pointer + "/content/application~1json/schema", body);
    }

    private static Optional<String> errorEnvelope(String where, String contentType, String body) {
        if (!isJson(contentType)) {
            return Optional.of(where + ": an error must be the JSON error envelope, got " + contentType);
        }
        return validate(where, ERROR_SCHEMA, body);
    }

    private static Optional<String> validate(String where, String pointer, String body) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(pointer,
                at -> FACTORY.getSchema(SchemaLocation.of(DOCUMENT + "#" + at)));
        Set<ValidationMessage> messages;
        try {
            messages = schema.validate(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.of(where + ": not JSON: " + body);
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(where + " does not match " + pointer + ": " + messages.stream()
                .map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n  body: "
                + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static List<Template> templates() {
        var templates = new ArrayList<Template>();
        SPEC.path("paths").properties().forEach(entry -> {
            String path = entry.getKey();
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(path, Pattern.compile(regex), path.split("\\{", -1).length - 1));
        });
        templates.sort(Comparator.comparingInt(Template::parameters));
        return List.copyOf(templates);
    }
}
