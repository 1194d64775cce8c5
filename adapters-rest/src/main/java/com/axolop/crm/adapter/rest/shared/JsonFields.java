package com.axolop.crm.adapter.rest.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a JSON object's fields. A field of the wrong JSON type is reported to {@link FieldErrors}
 * and read as absent, so the remaining fields are still checked.
 */
public final class JsonFields {
    private final ObjectNode body;
    private final FieldErrors errors;

    private final String prefix;

    public JsonFields(ObjectNode body, FieldErrors errors) {
        this(body, errors, "");
    }

    /** For an object nested in the body: errors name the field {@code prefix + name}, e.g. "fields[2].label". */
    public JsonFields(ObjectNode body, FieldErrors errors, String prefix) {
        this.body = body;
        this.errors = errors;
        this.prefix = prefix;
    }

    public String text(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(prefix + field, "must be a string");
            return null;
        }
        return node.textValue();
    }

    public BigDecimal number(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(prefix + field, "must be a number");
            return null;
        }
        return node.decimalValue();
    }

    /** A whole JSON number (15.0 is not one). */
    public Long integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(prefix + field, "must be an integer");
            return null;
        }
        if (!node.canConvertToLong()) {
            errors.add(prefix + field, "is out of range");
            return null;
        }
        return node.longValue();
    }

    public List<String> texts(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item.isTextual() ? item.textValue() : null));
        }
        if (!node.isArray() || values.contains(null)) {
            errors.add(prefix + field, "must be an array of strings");
            return null;
        }
        return values;
    }

    public Boolean bool(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(prefix + field, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    /** An array of JSON objects. */
    public List<ObjectNode> objects(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        List<ObjectNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item instanceof ObjectNode object ? object : null));
        }
        if (!node.isArray() || values.contains(null)) {
            errors.add(prefix + field, "must be an array of objects");
            return null;
        }
        return values;
    }

    public ObjectNode object(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(prefix + field, "must be a JSON object");
            return null;
        }
        return (ObjectNode) node;
    }

    private JsonNode present(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
