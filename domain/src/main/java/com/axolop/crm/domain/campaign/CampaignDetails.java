package com.axolop.crm.domain.campaign;

import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * What a client sets on a campaign. {@code template} is a base template's name or a custom template's id;
 * {@code data} its variables; {@code fromName} and {@code replyTo} (null: the sender's defaults);
 * {@code scheduledAt} (null: at once) when a send goes out.
 */
public record CampaignDetails(String name, String subject, String template, CustomFields data, String fromName,
                              EmailAddress replyTo, Audience audience, Instant scheduledAt) {
    public static final int MAX_NAME = 200;
    public static final int MAX_SUBJECT = 1_000;
    public static final int MAX_TEMPLATE = 100;
    public static final int MAX_FROM_NAME = 200;

    public CampaignDetails {
        name = Text.required(name, MAX_NAME);
        subject = Text.optional(subject, MAX_SUBJECT);
        template = Text.required(template, MAX_TEMPLATE);
        data = data == null ? CustomFields.EMPTY : data;
        fromName = Text.optional(fromName, MAX_FROM_NAME);
        Objects.requireNonNull(audience, "audience");
    }
}
