package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadId;
import java.util.Objects;

/** A full replacement of a lead's details, optionally conditional on its current version. */
public record UpdateLeadCommand(LeadId id, LeadDetails details, ExpectedVersion expectedVersion) {
    public UpdateLeadCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
