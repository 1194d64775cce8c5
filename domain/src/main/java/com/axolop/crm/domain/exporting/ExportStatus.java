package com.axolop.crm.domain.exporting;

import java.util.Locale;

/** Where an export package stands: queued, running, then completed (downloadable) or failed. */
public enum ExportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
