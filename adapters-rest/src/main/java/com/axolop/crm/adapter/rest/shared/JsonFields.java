package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Enums;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a JSON object's fields. A field of the wrong JSON type is reported to {@link FieldErrors}
 * and read as absent, so the remaining fields are still checked.
 */
public final class JsonFields {
    private static final BigDecimal INT_RANGE = BigDecimal.valueOf(Integer.MAX_VALUE);

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

    /** A whole number (1 and 1.0 both count), or absent. */
    public Integer integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        BigDecimal number = node.isNumber() ? node.decimalValue().stripTrailingZeros() : null;
        if (number == null || number.scale() > 0 || number.abs().compareTo(INT_RANGE) > 0) {
            errors.add(prefix + field, "must be an integer");
            return null;
        }
        return number.intValueExact();
    }

    /** An ISO date such as 2024-01-31, or absent. */
    public LocalDate date(String field) {
        String value = text(field);
        return value == null ? null : errors.check(prefix + field, () -> Dates.date(value));
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

    /** The typed reads below also validate: a bad value is reported under the field and read as null. */
    public MonetaryAmount amount(String field) {
        BigDecimal value = number(field);
        return value == null ? null : errors.check(prefix + field, () -> new MonetaryAmount(value));
    }

    public CurrencyCode currency(String field) {
        String value = text(field);
        return value == null ? null : errors.check(prefix + field, () -> new CurrencyCode(value));
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        return value == null ? null : errors.check(prefix + field, () -> Enums.parse(type, value));
    }

    public Tags tags(String field) {
        List<String> values = texts(field);
        return errors.check(prefix + field, () -> new Tags(values));
    }

    public CustomFields customFields(String field) {
        ObjectNode value = object(field);
        return value == null ? null : errors.check(prefix + field, () -> new CustomFields(Json.canonical(value)));
    }

    public UserId user(String field) {
        String value = text(field);
        return errors.check(prefix + field, () -> UserId.ofNullable(value));
    }

    private JsonNode present(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
