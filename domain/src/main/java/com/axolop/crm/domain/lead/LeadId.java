package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record LeadId(UUID value) {
    public LeadId {
        Objects.requireNonNull(value, "value");
    }

    public static LeadId newId() {
        return new LeadId(Uuids.v7());
    }

    public static LeadId parse(String value) {
        return new LeadId(Uuids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
