package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published shape of a lead (snake_case, as the API contract's rows): the body of API responses and
 * the {@code lead} of every lead event, so clients and event consumers see one schema.
 */
public final class LeadSnapshot {
    private LeadSnapshot() {
    }

    public static Map<String, Object> of(Lead lead) {
        LeadDetails d = lead.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", lead.id().toString());
        map.put("workspace_id", lead.workspaceId().value());
        map.put("name", d.name().value());
        map.put("email", d.email() == null ? null : d.email().value());
        map.put("phone", d.phone());
        map.put("company", d.company());
        map.put("type", d.type() == null ? null : d.type().name());
        map.put("status", d.status().name());
        map.put("value", d.value() == null ? null : d.value().value());
        map.put("currency", d.currency().value());
        map.put("source", d.source());
        map.put("notes", d.notes());
        map.put("tags", d.tags().values());
        map.put("custom_fields", d.customFields());
        map.put("assigned_to", d.assignedTo() == null ? null : d.assignedTo().value());
        map.put("created_by", lead.createdBy().value());
        map.put("created_at", lead.createdAt().toString());
        map.put("updated_at", lead.updatedAt().toString());
        map.put("version", lead.version());
        return map;
    }

    /** The fields a client changed between two versions, with their previous values. */
    public static Map<String, Object> previousValues(Lead before, Lead after) {
        return Snapshots.previousValues(of(before), of(after));
    }
}
