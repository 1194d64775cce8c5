package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.lead.LeadId;
import java.util.Objects;

public record DeleteLeadCommand(LeadId id, ExpectedVersion expectedVersion) {
    public DeleteLeadCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
