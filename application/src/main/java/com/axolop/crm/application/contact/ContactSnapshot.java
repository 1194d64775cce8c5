package com.axolop.crm.application.contact;

import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of a contact: API responses and the {@code contact} of its events. */
public final class ContactSnapshot {
    private ContactSnapshot() {
    }

    public static Map<String, Object> of(Contact contact) {
        ContactDetails d = contact.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", contact.id().toString());
        map.put("workspace_id", contact.workspaceId().value());
        map.put("first_name", d.firstName());
        map.put("last_name", d.lastName());
        map.put("email", d.email() == null ? null : d.email().value());
        map.put("phone", d.phone());
        map.put("company", d.company());
        map.put("title", d.title());
        map.put("lead_id", d.leadId() == null ? null : d.leadId().toString());
        map.put("tags", d.tags().values());
        map.put("custom_fields", d.customFields());
        map.put("owner", d.owner() == null ? null : d.owner().value());
        map.put("created_by", contact.revision().createdBy().value());
        map.put("created_at", contact.revision().createdAt().toString());
        map.put("updated_at", contact.revision().updatedAt().toString());
        map.put("version", contact.revision().version());
        return map;
    }
}
