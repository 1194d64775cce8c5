package com.axolop.crm.adapter.rest.integration;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.integration.IntegrationCredentials;
import com.axolop.crm.domain.integration.IntegrationDetails;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An integration as a request body carries it; credentials left out of an update keep the stored ones. */
final class IntegrationJson {
    private IntegrationJson() {
    }

    static IntegrationDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var json = new JsonFields(body, errors);
        String provider = json.text("provider");
        String name = json.text("name");
        ObjectNode credentialsNode = json.object("credentials");
        CustomFields config = json.customFields("config");
        IntegrationCredentials credentials = credentialsNode == null ? null
                : errors.check("credentials", () -> new IntegrationCredentials(strings(credentialsNode)));
        if (!errors.failed("provider") && !errors.failed("name")) {
            try {
                new IntegrationDetails(provider, name, null, null);
            } catch (InvalidFieldException e) {
                e.violations().forEach(errors::add);
            }
        }
        errors.throwIfAny();
        return new IntegrationDetails(provider, name, credentials, config);
    }

    private static Map<String, String> strings(ObjectNode node) {
        var values = new LinkedHashMap<String, String>();
        node.properties().forEach(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException(entry.getKey() + " must be a string");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        });
        return values;
    }
}
