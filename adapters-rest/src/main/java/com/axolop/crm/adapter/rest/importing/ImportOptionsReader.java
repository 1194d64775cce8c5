package com.axolop.crm.adapter.rest.importing;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.domain.importing.ImportOptions;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import's options, from the query or the form's fields: {@code on_duplicate} (skip, update or create; default
 * skip), {@code dry_run} (true or false), {@code mapping} (a JSON object: CSV column -> one of the type's fields).
 */
final class ImportOptionsReader {
    private ImportOptionsReader() {
    }

    static ImportOptions read(Map<String, String> values, List<String> fields) {
        var errors = new FieldErrors();
        String onDuplicate = values.getOrDefault("on_duplicate", "skip");
        OnDuplicate policy = Arrays.stream(OnDuplicate.values())
                .filter(value -> value.name().toLowerCase(Locale.ROOT).equals(onDuplicate)).findFirst().orElse(null);
        if (policy == null) {
            errors.add("on_duplicate", "must be skip, update or create");
        }
        String dryRun = values.getOrDefault("dry_run", "false");
        if (!dryRun.equals("true") && !dryRun.equals("false")) {
            errors.add("dry_run", "must be true or false");
        }
        Map<String, String> mapping = mapping(values.get("mapping"), fields, errors);
        errors.throwIfAny();
        return new ImportOptions(mapping, policy, Boolean.parseBoolean(dryRun));
    }

    private static Map<String, String> mapping(String text, List<String> fields, FieldErrors errors) {
        var mapping = new LinkedHashMap<String, String>();
        if (text == null) {
            return mapping;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            errors.add("mapping", "must be a JSON object of CSV column -> field");
            return mapping;
        }
        node.properties().forEach(entry -> {
            String field = entry.getValue().isTextual() ? entry.getValue().textValue() : null;
            if (field == null || !fields.contains(field)) {
                errors.add("mapping." + entry.getKey(), "must be one of " + String.join(", ", fields));
            } else {
                mapping.put(entry.getKey(), field);
            }
        });
        return mapping;
    }
}
