package com.axolop.crm.domain.form;

import com.axolop.crm.domain.shared.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** One input of a form. Only a select has options (at least one, distinct). */
public record FormField(String name, String label, FormFieldType type, boolean required, List<String> options) {
    public static final int MAX_OPTIONS = 100;

    public FormField {
        name = described("name", name, 64);
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("name must start with a letter and hold only letters, digits and _");
        }
        label = described("label", label, 200);
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (type == FormFieldType.SELECT && options.isEmpty()) {
            throw new IllegalArgumentException("options are required for a select field");
        }
        if (type != FormFieldType.SELECT && !options.isEmpty()) {
            throw new IllegalArgumentException("options are only for a select field");
        }
        if (options.size() > MAX_OPTIONS || new LinkedHashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException("options must be at most " + MAX_OPTIONS + " distinct values");
        }
    }

    /** A required text, naming the part of the field that failed: "label is required". */
    private static String described(String part, String value, int maxLength) {
        try {
            return Text.required(value, maxLength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + " " + e.getMessage());
        }
    }
}
