package com.axolop.crm.adapter.rest.campaign;

import com.axolop.crm.adapter.rest.shared.Dates;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A campaign as a request body carries it; every invalid field, the audience's included, is reported at once. */
final class CampaignJson {
    private static final Set<String> LEAD_FILTERS = Set.of("type", "status", "lead_type", "q", "tags", "ids");
    private static final Set<String> CONTACT_FILTERS = Set.of("type", "lead_id", "owner", "q", "tags", "ids");

    private CampaignJson() {
    }

    static CampaignDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String name = fields.text("name");
        String subject = fields.text("subject");
        String template = fields.text("template");
        CustomFields data = fields.customFields("data");
        String fromName = fields.text("from_name");
        String replyTo = fields.text("reply_to");
        ObjectNode audience = fields.object("audience");
        String scheduledAt = fields.text("scheduled_at");

        String validName = errors.check("name", () -> Text.required(name, CampaignDetails.MAX_NAME));
        String validSubject = errors.check("subject", () -> Text.optional(subject, CampaignDetails.MAX_SUBJECT));
        String validTemplate = errors.check("template", () -> Text.required(template, CampaignDetails.MAX_TEMPLATE));
        String validFromName = errors.check("from_name",
                () -> Text.optional(fromName, CampaignDetails.MAX_FROM_NAME));
        EmailAddress validReplyTo = errors.check("reply_to", () -> EmailAddress.ofNullable(replyTo));
        Audience validAudience = audience(audience, body.has("audience"), errors);
        Instant validScheduledAt = scheduledAt == null ? null
                : errors.check("scheduled_at", () -> Dates.dateTime(scheduledAt));
        errors.throwIfAny();
        return new CampaignDetails(validName, validSubject, validTemplate, data, validFromName, validReplyTo,
                validAudience, validScheduledAt);
    }

    /**
     * {"type": "leads"|"contacts", that list's filters ("tags" an array, as a record's), or "ids": [...]};
     * "lead_type" is the leads' type filter.
     */
    private static Audience audience(ObjectNode body, boolean present, FieldErrors errors) {
        if (body == null) {
            if (!present || !errors.failed("audience")) {
                errors.add("audience", "is required: {\"type\": \"leads\" or \"contacts\", filters or ids}");
            }
            return null;
        }
        int before = errors.count();
        var fields = new JsonFields(body, errors, "audience.");
        String type = fields.text("type");
        String q = fields.text("q");
        List<String> ids = fields.texts("ids");
        Tags tags = fields.tags("tags");
        errors.check("audience.q", () -> q == null ? null : new SearchText(q));
        List<UUID> validIds = errors.check("audience.ids", () -> ids(ids));
        Set<String> allowed = "contacts".equals(type) ? CONTACT_FILTERS : LEAD_FILTERS;
        body.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                errors.add("audience." + key, "is not a filter of " + ("contacts".equals(type) ? "contacts"
                        : "leads") + " (filters: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
        Audience audience = switch (type) {
            case "leads" -> {
                LeadStatus status = fields.enumValue("status", LeadStatus.class);
                LeadType leadType = fields.enumValue("lead_type", LeadType.class);
                yield new Audience.Leads(status, leadType, q, validIds, tags);
            }
            case "contacts" -> {
                String leadId = fields.text("lead_id");
                UserId owner = fields.user("owner");
                UUID validLead = leadId == null ? null : errors.check("audience.lead_id", () -> UUID.fromString(leadId));
                yield new Audience.Contacts(validLead, owner == null ? null : owner.value(), q, validIds,
                        tags);
            }
            case null -> {
                if (!errors.failed("audience.type")) {
                    errors.add("audience.type", "is required: leads or contacts");
                }
                yield null;
            }
            default -> {
                errors.add("audience.type", "must be leads or contacts");
                yield null;
            }
        };
        return errors.count() == before ? audience : null;
    }

    private static List<UUID> ids(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.isEmpty() || values.size() > Audience.MAX_IDS) {
            throw new IllegalArgumentException("must hold 1 to " + Audience.MAX_IDS + " ids");
        }
        var ids = new ArrayList<UUID>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must hold record ids (UUIDs), not '" + value + "'");
            }
        }
        return ids;
    }
}
