package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The published shape of a campaign: API bodies and the {@code campaign} of its events. */
public final class CampaignSnapshot {
    private CampaignSnapshot() {
    }

    public static Map<String, Object> of(Campaign campaign) {
        CampaignDetails d = campaign.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", campaign.id().toString());
        map.put("workspace_id", campaign.workspaceId().value());
        map.put("name", d.name());
        map.put("subject", d.subject());
        map.put("template", d.template());
        map.put("data", d.data());
        map.put("from_name", d.fromName());
        map.put("reply_to", d.replyTo() == null ? null : d.replyTo().value());
        map.put("audience", audience(d.audience()));
        map.put("scheduled_at", d.scheduledAt() == null ? null : d.scheduledAt().toString());
        map.put("status", campaign.status().apiName());
        map.put("created_by", campaign.revision().createdBy().value());
        map.put("created_at", campaign.revision().createdAt().toString());
        map.put("updated_at", campaign.revision().updatedAt().toString());
        map.put("version", campaign.revision().version());
        return map;
    }

    /** Only the filters set, so the shape reads as the request that chose them. */
    public static Map<String, Object> audience(Audience audience) {
        var map = new LinkedHashMap<String, Object>();
        switch (audience) {
            case Audience.Leads leads -> {
                map.put("type", "leads");
                putIfSet(map, "status", leads.status() == null ? null : leads.status().name());
                putIfSet(map, "lead_type", leads.type() == null ? null : leads.type().name());
            }
            case Audience.Contacts contacts -> {
                map.put("type", "contacts");
                putIfSet(map, "lead_id", contacts.leadId() == null ? null : contacts.leadId().toString());
                putIfSet(map, "owner", contacts.owner());
            }
        }
        putIfSet(map, "q", audience.q());
        if (!audience.tags().values().isEmpty()) {
            map.put("tags", audience.tags().values());
        }
        if (!audience.ids().isEmpty()) {
            map.put("ids", audience.ids().stream().map(UUID::toString).toList());
        }
        return map;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
