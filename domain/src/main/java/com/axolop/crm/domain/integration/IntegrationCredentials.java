package com.axolop.crm.domain.integration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An integration's secrets (an API key, a token...): 1 to {@value #MAX_ENTRIES} named string values. Readers only
 * ever see {@link #masked} values; {@link #toString} hides them too.
 */
public record IntegrationCredentials(Map<String, String> values) {
    public static final int MAX_ENTRIES = 20;
    public static final int MAX_VALUE = 4000;
    public static final String MASK = "****";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** Shorter values show nothing of themselves: their last four characters would be too much of them. */
    private static final int MIN_SHOWING = 12;

    public IntegrationCredentials {
        if (values == null || values.isEmpty() || values.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("must be an object of 1 to " + MAX_ENTRIES + " string values");
        }
        for (var entry : values.entrySet()) {
            if (!NAME.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException("has a name that is not a letter followed by up to 63 letters, "
                        + "digits or underscores (" + entry.getKey() + ")");
            }
            String value = entry.getValue();
            if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
                throw new IllegalArgumentException(entry.getKey() + " must be a non-empty string of at most "
                        + MAX_VALUE + " characters");
            }
            if (value.startsWith(MASK)) {
                throw new IllegalArgumentException(entry.getKey() + " is a masked value: send the real one, or leave "
                        + "credentials out to keep the stored ones");
            }
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Each value as readers see it: ****abcd (its last four characters), or **** when it is short. */
    public Map<String, String> masked() {
        var masked = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> masked.put(name, value.length() < MIN_SHOWING ? MASK
                : MASK + value.substring(value.length() - 4)));
        return masked;
    }

    @Override
    public String toString() {
        return "IntegrationCredentials" + masked();
    }
}
