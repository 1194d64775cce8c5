package com.axolop.crm.domain.workflow;

import java.util.Locale;

/** Where an execution is: queued until its first step runs, waiting during a wait step, then one of the ends. */
public enum ExecutionStatus {
    QUEUED, RUNNING, WAITING, COMPLETED, FAILED, CANCELLED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
