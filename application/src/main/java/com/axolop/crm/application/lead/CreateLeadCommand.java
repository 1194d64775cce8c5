package com.axolop.crm.application.lead;

import com.axolop.crm.domain.lead.LeadDetails;
import java.util.Objects;

public record CreateLeadCommand(LeadDetails details) {
    public CreateLeadCommand {
        Objects.requireNonNull(details, "details");
    }
}
