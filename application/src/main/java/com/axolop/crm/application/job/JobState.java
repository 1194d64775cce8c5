package com.axolop.crm.application.job;

import java.util.Locale;

/** Where a job is: DELAYED is a waiting job whose time has not come. */
public enum JobState {
    WAITING, DELAYED, ACTIVE, COMPLETED, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
