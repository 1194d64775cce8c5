package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of a contact: API responses and the {@code contact} of its events. */
public final class ContactSnapshot {
    private ContactSnapshot() {
    }

    public static Map<String, Object> of(Contact contact) {
        return Snapshots.record(contact, details(contact.details()));
    }

    /** The fields a client sets, as a request body would carry them. */
    public static Map<String, Object> details(ContactDetails d) {
        var map = new LinkedHashMap<String, Object>();
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
        return map;
    }
}
