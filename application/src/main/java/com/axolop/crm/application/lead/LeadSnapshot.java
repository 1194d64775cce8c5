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
        return Snapshots.record(lead, map);
    }
}
