package com.axolop.crm.domain.form;

import com.axolop.crm.domain.shared.Text;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's definition: its fields, which lead field each may fill, whether it takes submissions, and the
 * honeypot: a field humans never see, so a submission that fills it is a bot's.
 */
public record FormDetails(String name, String description, List<FormField> fields, Map<String, LeadField> mapping,
                          boolean active, String honeypotField) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_FIELDS = 50;
    public static final String DEFAULT_HONEYPOT = "_hp";

    public FormDetails {
        name = Text.required(name, MAX_NAME);
        description = Text.optional(description, MAX_DESCRIPTION);
        fields = checkFields(fields);
        honeypotField = checkHoneypot(honeypotField, fields);
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(checkMapping(mapping, fields)));
    }

    /** 1 to 50 fields with distinct names. */
    public static List<FormField> checkFields(List<FormField> fields) {
        if (fields == null || fields.isEmpty() || fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("must hold 1 to " + MAX_FIELDS + " fields");
        }
        var names = new HashSet<String>();
        for (FormField field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("must have distinct names; " + field.name() + " repeats");
            }
        }
        return List.copyOf(fields);
    }

    /** "_hp" unless given; it cannot be one of the form's fields. */
    public static String checkHoneypot(String honeypotField, List<FormField> fields) {
        String name = honeypotField == null || honeypotField.isBlank() ? DEFAULT_HONEYPOT : honeypotField.strip();
        if (fields.stream().anyMatch(field -> field.name().equals(name))) {
            throw new IllegalArgumentException("cannot be one of the form's fields");
        }
        return name;
    }

    /** Each key names a field of the form whose type suits its lead field; no lead field is filled twice. */
    public static Map<String, LeadField> checkMapping(Map<String, LeadField> mapping, List<FormField> fields) {
        if (mapping == null) {
            return Map.of();
        }
        var targets = new HashSet<LeadField>();
        for (var entry : mapping.entrySet()) {
            FormField field = fields.stream().filter(f -> f.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("names " + entry.getKey()
                            + ", which is not a field of the form"));
            if (!targets.add(entry.getValue())) {
                throw new IllegalArgumentException("fills lead " + entry.getValue().apiName() + " twice");
            }
            requireCompatible(field, entry.getValue());
        }
        return mapping;
    }

    private static void requireCompatible(FormField field, LeadField target) {
        boolean compatible = switch (target) {
            case EMAIL -> field.type() == FormFieldType.EMAIL;
            case VALUE -> field.type() == FormFieldType.NUMBER;
            case PHONE -> field.type() == FormFieldType.PHONE || field.type() == FormFieldType.TEXT;
            case NAME, COMPANY, NOTES -> field.type() != FormFieldType.CHECKBOX && field.type() != FormFieldType.NUMBER;
        };
        if (!compatible) {
            throw new IllegalArgumentException("cannot fill lead " + target.apiName() + " from " + field.name()
                    + " (" + field.type().apiName() + ")");
        }
    }
}
