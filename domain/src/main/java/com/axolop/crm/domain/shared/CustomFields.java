package com.axolop.crm.domain.shared;

import java.nio.charset.StandardCharsets;

/**
 * Free-form attributes as the text of a JSON object. The REST adapter canonicalises it (sorted keys,
 * compact) and the store keeps that text, so two equal objects have equal text; the domain only guards
 * shape and size.
 */
public record CustomFields(String json) {
    public static final int MAX_BYTES = 16 * 1024;
    public static final CustomFields EMPTY = new CustomFields("{}");

    public CustomFields {
        if (json == null || !json.startsWith("{") || !json.endsWith("}")) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("must be at most 16 KB of JSON");
        }
    }
}
