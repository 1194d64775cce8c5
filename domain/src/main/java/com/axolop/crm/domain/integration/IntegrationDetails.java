package com.axolop.crm.domain.integration;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Text;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * What a client sets on an integration: the provider ("stripe", "google-calendar"), a name, its credentials
 * (encrypted at rest, never returned) and plain configuration. Null credentials on an update keep the stored ones.
 */
public record IntegrationDetails(String provider, String name, IntegrationCredentials credentials,
                                 CustomFields config) {
    public static final int MAX_NAME = 200;
    private static final Pattern PROVIDER = Pattern.compile("[a-z][a-z0-9_-]{0,49}");

    public IntegrationDetails {
        var violations = new ArrayList<FieldViolation>();
        if (provider == null || !PROVIDER.matcher(provider).matches()) {
            violations.add(new FieldViolation("provider", "provider must be 1 to 50 lower-case letters, digits, "
                    + "'-' or '_', starting with a letter"));
        }
        try {
            name = Text.required(name, MAX_NAME);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("name", "name " + e.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
        config = config == null ? CustomFields.EMPTY : config;
    }

    /** These details, with {@code stored} credentials when they name none. */
    public IntegrationDetails keeping(IntegrationCredentials stored) {
        return credentials != null ? this : new IntegrationDetails(provider, name, stored, config);
    }
}
