package com.axolop.crm.domain.importing;

import java.util.Locale;

/** Where an import stands: queued, running, then completed, failed or cancelled for good. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
