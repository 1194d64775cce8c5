package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.workflow.Condition.Operator;
import com.axolop.crm.domain.workflow.Condition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Conditions ({field, op, value}) and the JSON values they compare, as a request body carries them. */
final class ConditionJson {
    private ConditionJson() {
    }

    /**
     * The conditions at {@code path} ("trigger.conditions"), each flaw reported under its own path
     * ("trigger.conditions[0].op"); null when one is flawed.
     */
    static List<Condition> read(List<ObjectNode> nodes, String path, FieldErrors errors) {
        if (nodes == null) {
            return List.of();
        }
        int before = errors.count();
        var conditions = new ArrayList<Condition>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + "[" + i + "]";
            var item = new JsonFields(nodes.get(i), errors, at + ".");
            String field = item.text("field");
            String op = item.text("op");
            Object value = plain(nodes.get(i).get("value"));
            String validField = errors.check(at + ".field", () -> Condition.path(field));
            Operator validOp = errors.check(at + ".op", () -> Operator.parse(op));
            Object validValue = validOp == null ? null : errors.check(at + ".value", () -> Condition.value(validOp, value));
            if (errors.count() == before) {
                conditions.add(new Condition(validField, validOp, validValue));
            }
        }
        return errors.count() == before ? conditions : null;
    }

    /** A JSON value as plain Java: String, BigDecimal, Boolean, null, List or Map, for the domain to check. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            var values = new ArrayList<>();
            node.forEach(item -> values.add(plain(item)));
            return values;
        }
        if (node.isObject()) {
            var values = new LinkedHashMap<String, Object>();
            node.properties().forEach(entry -> values.put(entry.getKey(), plain(entry.getValue())));
            return values;
        }
        return node.isNumber() ? node.decimalValue() : node.isBoolean() ? node.booleanValue() : node.asText();
    }
}
