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

    public JsonFields(ObjectNode body, FieldErrors errors) {
        this.body = body;
        this.errors = errors;
    }

    public String text(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field, "must be a string");
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
            errors.add(field, "must be a number");
            return null;
        }
        return node.decimalValue();
    }

    public Boolean bool(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(field, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    /** A whole JSON number (15.0 is not one). */
    public Long integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(field, "must be an integer");
            return null;
        }
        if (!node.canConvertToLong()) {
            errors.add(field, "is out of range");
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
            errors.add(field, "must be an array of strings");
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
            errors.add(field, "must be a JSON object");
            return null;
        }
        return (ObjectNode) node;
    }

    private JsonNode present(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
