package com.axolop.crm.application.lead;

import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import java.util.Objects;

/** What a conversion produced: the converted lead, its new contact and its new opportunity (or null). */
public record LeadConversion(Lead lead, Contact contact, Opportunity opportunity) {
    public LeadConversion {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(contact, "contact");
    }
}
