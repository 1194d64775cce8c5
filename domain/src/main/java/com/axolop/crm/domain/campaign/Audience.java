package com.axolop.crm.domain.campaign;

import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.Tags;
import java.util.List;
import java.util.UUID;

/**
 * Who a campaign goes to: leads or contacts, chosen by that resource's list filters (null: any) or by ids. The
 * search text {@code q} is the lists' own; it is checked where the lists check it.
 */
public sealed interface Audience {
    int MAX_IDS = 10_000;

    /** The chosen records' ids; empty: the filters choose. */
    List<UUID> ids();

    String q();

    /** The records carrying every one of these; none: any. */
    Tags tags();

    record Leads(LeadStatus status, LeadType type, String q, List<UUID> ids, Tags tags) implements Audience {
        public Leads {
            ids = checked(ids);
            tags = tags == null ? Tags.NONE : tags;
        }
    }

    record Contacts(UUID leadId, String owner, String q, List<UUID> ids, Tags tags) implements Audience {
        public Contacts {
            ids = checked(ids);
            tags = tags == null ? Tags.NONE : tags;
        }
    }

    private static List<UUID> checked(List<UUID> ids) {
        List<UUID> copy = ids == null ? List.of() : List.copyOf(ids.stream().distinct().toList());
        if (copy.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids");
        }
        return copy;
    }
}
