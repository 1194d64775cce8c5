package com.axolop.crm.adapter.rest.form;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values a form submission carries, by field name, as the domain checks them. */
final class SubmissionBody {
    /** An anonymous submission is at most this long (a form has at most 50 fields): past it, 413. */
    static final int MAX_BYTES = 64 * 1024;

    private SubmissionBody() {
    }

    /** A JSON object, or urlencoded fields: a plain HTML form posts those rather than JSON. At most 64 KB. */
    static Map<String, Object> values(ServerRequest req) {
        JsonBody.bytes(req, MAX_BYTES);
        boolean formPost = req.headers().contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_FORM_URLENCODED)).orElse(false);
        return formPost ? urlencoded(JsonBody.bytes(req)) : json(JsonBody.read(req));
    }

    /** {@code a=1&b=x+y}: every value a string (the form's field types read numbers and checkboxes from text). */
    static Map<String, Object> urlencoded(byte[] body) {
        var values = new LinkedHashMap<String, Object>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw ApiException.validation(List.of(new FieldViolation(name, name + " must be sent once")));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "Malformed form body: " + e.getMessage());
        }
    }

    /**
     * JSON values as the domain checks them: strings, BigDecimal numbers, booleans, null; an array or object is
     * passed as a list or map, which no field type accepts.
     */
    static Map<String, Object> json(ObjectNode body) {
        var values = new LinkedHashMap<String, Object>();
        body.fields().forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getValue())));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            return List.of(node.toString());
        }
        return node.isNull() ? null : Map.of("object", node.toString());
    }
}
