package com.axolop.crm.adapter.rest.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A token's header or claims read strictly from their base64url JSON: an object without duplicate names, each
 * known claim of the type the JWT and Supabase specifications give it. Anything else is an
 * {@link IllegalArgumentException}, which the authenticator answers with a 401; nothing here is trusted before
 * the signature is checked.
 */
final class TokenClaims {
    // Past 9999-12-31 an epoch-seconds claim is junk, and it would overflow Instant arithmetic.
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ObjectNode json;

    private TokenClaims(ObjectNode json) {
        this.json = json;
    }

    /** One base64url part of a compact JWS, as a JSON object. */
    static TokenClaims decode(String base64Url) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(base64Url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64url");
        }
        JsonNode node;
        try (JsonParser parser = STRICT.createParser(bytes)) {
            node = STRICT.readTree(parser);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new TokenClaims(object);
    }

    boolean has(String name) {
        return json.has(name);
    }

    /** A string claim, or null when absent; present with another type or blank, it is refused. */
    String text(String name) {
        return text(json, name);
    }

    /** A string claim, or null when absent or of another type: for claims only shown, never relied on. */
    String optionalText(String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    /** An object claim (such as app_metadata), or an empty one when absent. */
    TokenClaims object(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return new TokenClaims(STRICT.createObjectNode());
        }
        if (!(value instanceof ObjectNode object)) {
            throw new IllegalArgumentException(name + " must be an object");
        }
        return new TokenClaims(object);
    }

    /** A NumericDate claim (whole seconds since the epoch), or null when absent. */
    Instant instant(String name) {
        JsonNode value = json.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()
                || value.longValue() < 0 || value.longValue() > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException(name + " must be a date in seconds since the epoch");
        }
        return Instant.ofEpochSecond(value.longValue());
    }

    /** The aud claim: one string or an array of strings; empty when absent. */
    List<String> audiences() {
        JsonNode value = json.get("aud");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        var audiences = new ArrayList<String>();
        if (value.isArray()) {
            value.forEach(item -> audiences.add(item.isTextual() ? item.textValue() : null));
        }
        if (!value.isArray() || audiences.contains(null)) {
            throw new IllegalArgumentException("aud must be a string or an array of strings");
        }
        return audiences;
    }

    private static String text(ObjectNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-blank string");
        }
        return value.textValue();
    }
}
