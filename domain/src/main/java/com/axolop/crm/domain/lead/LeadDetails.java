package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import java.util.Objects;

/**
 * Everything a client may set on a lead. Optional fields are null when absent; the collections and
 * defaults (status NEW, currency USD) are never null.
 */
public record LeadDetails(LeadName name,
                          EmailAddress email,
                          String phone,
                          String company,
                          LeadType type,
                          LeadStatus status,
                          MonetaryAmount value,
                          CurrencyCode currency,
                          String source,
                          String notes,
                          Tags tags,
                          CustomFields customFields,
                          UserId assignedTo) {
    public static final int MAX_PHONE = 50;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_SOURCE = 100;
    public static final int MAX_NOTES = 10_000;

    public LeadDetails {
        Objects.requireNonNull(name, "name");
        phone = Text.optional(phone, MAX_PHONE);
        company = Text.optional(company, MAX_COMPANY);
        source = Text.optional(source, MAX_SOURCE);
        notes = Text.optional(notes, MAX_NOTES);
        status = status == null ? LeadStatus.NEW : status;
        currency = currency == null ? CurrencyCode.USD : currency;
        tags = tags == null ? Tags.NONE : tags;
        customFields = customFields == null ? CustomFields.EMPTY : customFields;
    }

    public LeadDetails withStatus(LeadStatus newStatus) {
        return new LeadDetails(name, email, phone, company, type, newStatus, value, currency, source, notes, tags,
                customFields, assignedTo);
    }

    /** The email as upserts compare it (case-insensitively), or null. */
    public String emailKey() {
        return email == null ? null : email.value().toLowerCase();
    }
}
