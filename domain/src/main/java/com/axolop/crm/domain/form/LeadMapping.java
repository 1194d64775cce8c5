package com.axolop.crm.domain.form;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Text;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** How a form's accepted values fill a lead, through the form's mapping of its fields to lead fields. */
final class LeadMapping {
    private final FormDetails form;

    LeadMapping(FormDetails form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    /** The value of the field mapped to the lead's email, if the form maps one and it was filled. */
    EmailAddress leadEmail(Map<String, Object> accepted) {
        return EmailAddress.ofNullable((String) mapped(accepted, LeadField.EMAIL));
    }

    /**
     * The lead an accepted submission makes. A new lead ({@code existing} null) takes every mapped value; a new
     * lead without a mapped name is named by its email, else by the form. An existing lead (the one with the
     * submitted email) is never overwritten by anonymous input: its name, email, phone, value and status stay as
     * they are, and only its empty company and notes are filled. {@code source} is set when the lead has none, so
     * the first touch is kept.
     */
    LeadDetails toLead(Map<String, Object> accepted, LeadDetails existing, String source) {
        String company = (String) mapped(accepted, LeadField.COMPANY);
        String notes = (String) mapped(accepted, LeadField.NOTES);
        if (existing == null) {
            String name = (String) mapped(accepted, LeadField.NAME);
            String email = (String) mapped(accepted, LeadField.EMAIL);
            String phone = (String) mapped(accepted, LeadField.PHONE);
            BigDecimal value = (BigDecimal) mapped(accepted, LeadField.VALUE);
            String fallback = email != null ? email : form.name();
            return new LeadDetails(new LeadName(name != null ? name : clip(fallback, LeadName.MAX_LENGTH)),
                    EmailAddress.ofNullable(email), phone, company, null, LeadStatus.NEW,
                    value == null ? null : new MonetaryAmount(value), null, source, notes, null, null, null);
        }
        LeadDetails d = existing;
        return new LeadDetails(d.name(), d.email(), d.phone(), d.company() != null ? d.company() : company, d.type(),
                d.status(), d.value(), d.currency(), d.source() != null ? d.source() : source,
                d.notes() != null ? d.notes() : notes, d.tags(), d.customFields(), d.assignedTo());
    }

    /**
     * A mapped field's value must also be a valid value of the lead field it fills, so an accepted submission
     * always makes a lead; an unmapped field's value is not checked here.
     */
    void requireFitsLead(String formField, Object value) {
        LeadField target = form.mapping().get(formField);
        if (target == null) {
            return;
        }
        switch (target) {
            case NAME -> new LeadName((String) value);
            case PHONE -> Text.optional((String) value, LeadDetails.MAX_PHONE);
            case COMPANY -> Text.optional((String) value, LeadDetails.MAX_COMPANY);
            case NOTES -> Text.optional((String) value, LeadDetails.MAX_NOTES);
            case VALUE -> new MonetaryAmount((BigDecimal) value);
            case EMAIL -> { }
        }
    }

    private Object mapped(Map<String, Object> accepted, LeadField target) {
        return form.mapping().entrySet().stream().filter(entry -> entry.getValue() == target)
                .map(entry -> accepted.get(entry.getKey())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String clip(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
