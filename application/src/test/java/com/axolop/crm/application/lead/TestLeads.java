package com.axolop.crm.application.lead;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.List;

public final class TestLeads {
    private TestLeads() {
    }

    public static LeadDetails details(String name) {
        return new LeadDetails(new LeadName(name), new EmailAddress("contact@acme.com"), "+1234567890", "Acme",
                LeadType.B2B_COMPANY, LeadStatus.NEW, new MonetaryAmount(new BigDecimal("50000")),
                CurrencyCode.USD, "web", "met at a fair", new Tags(List.of("hot")),
                new CustomFields("{\"tier\":\"gold\"}"), null);
    }

    public static LeadDetails withAssignee(LeadDetails d, String user) {
        return new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(), d.value(),
                d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), UserId.ofNullable(user));
    }

    public static LeadDetails withType(LeadDetails d, LeadType type) {
        return new LeadDetails(d.name(), d.email(), d.phone(), d.company(), type, d.status(), d.value(),
                d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
    }

    public static LeadDetails withTags(LeadDetails d, String... tags) {
        return new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(), d.value(),
                d.currency(), d.source(), d.notes(), new Tags(List.of(tags)), d.customFields(), d.assignedTo());
    }
}
