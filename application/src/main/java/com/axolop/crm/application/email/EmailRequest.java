package com.axolop.crm.application.email;

import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One email to send, as an email job carries it: {@code id} names the email in its events and its Message-ID;
 * {@code template} a base template; {@code values} (JSON-shaped: the record it concerns) and {@code data} its
 * variables; {@code sourceType} and {@code sourceId} what asked for it (a workflow execution).
 */
public record EmailRequest(UUID id, EmailAddress to, String template, Map<String, Object> values, CustomFields data,
                           String sourceType, String sourceId) {
    public EmailRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        values = Map.copyOf(values);
        Objects.requireNonNull(data, "data");
    }

    Map<String, Object> payload() {
        var payload = new HashMap<String, Object>();
        payload.put("email_id", id.toString());
        payload.put("to", to.value());
        payload.put("template", template);
        payload.put("values", values);
        payload.put("data", data.json());
        // A job's payload holds no nulls: an email nothing asked for in particular has no source keys.
        if (sourceType != null) {
            payload.put("source_type", sourceType);
            payload.put("source_id", sourceId);
        }
        return payload;
    }

    @SuppressWarnings("unchecked") // the payload is the JSON tree payload() wrote
    static EmailRequest of(Map<String, Object> payload) {
        return new EmailRequest(UUID.fromString((String) payload.get("email_id")),
                new EmailAddress((String) payload.get("to")), (String) payload.get("template"),
                (Map<String, Object>) payload.getOrDefault("values", Map.of()),
                new CustomFields((String) payload.getOrDefault("data", "{}")),
                (String) payload.get("source_type"), (String) payload.get("source_id"));
    }

    /** The email as its events publish it. */
    Map<String, Object> snapshot(String subject, String messageId) {
        var email = new HashMap<String, Object>();
        email.put("id", id.toString());
        email.put("to", to.value());
        email.put("template", template);
        email.put("subject", subject);
        email.put("message_id", messageId);
        email.put("source_type", sourceType);
        email.put("source_id", sourceId);
        return email;
    }
}
