package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import java.util.List;

/**
 * A lead as a CSV row, written field by field rather than through its snapshot map: the lead export is the
 * one meant for a million rows.
 */
final class LeadCsv {
    static final List<String> COLUMNS = List.of("id", "name", "email", "phone", "company", "type", "status", "value",
            "currency", "source", "notes", "tags", "custom_fields", "assigned_to", "created_by", "created_at",
            "updated_at", "version");

    private LeadCsv() {
    }

    /** The columns of {@link #COLUMNS}, in order; text a client typed is made spreadsheet-safe. */
    static String[] cells(Lead lead) {
        LeadDetails d = lead.details();
        return new String[] {
                lead.id().toString(),
                text(d.name().value()),
                d.email() == null ? "" : text(d.email().value()),
                text(d.phone()),
                text(d.company()),
                d.type() == null ? "" : d.type().name(),
                d.status().name(),
                d.value() == null ? "" : d.value().value().toPlainString(),
                d.currency().value(),
                text(d.source()),
                text(d.notes()),
                text(String.join(";", d.tags().values())),
                text(d.customFields().json()),
                d.assignedTo() == null ? "" : text(d.assignedTo().value()),
                text(lead.revision().createdBy().value()),
                lead.revision().createdAt().toString(),
                lead.revision().updatedAt().toString(),
                Long.toString(lead.revision().version())};
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetSafe.cell(value);
    }
}
