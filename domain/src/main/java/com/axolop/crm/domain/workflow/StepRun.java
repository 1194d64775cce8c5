package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.shared.Id;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One step as an execution ran it: its place ({@code path}, see {@link StepPaths}) and type, whether it completed
 * or failed, when, and what it did ({@code output}) or why it failed ({@code error}). {@code index} orders the log.
 */
public record StepRun(Id<WorkflowExecution> executionId, int index, String path, String type, Status status,
                      Instant startedAt, Instant finishedAt, Map<String, Object> output, String error) {
    public enum Status {
        COMPLETED, FAILED;

        public String apiName() {
            return name().toLowerCase();
        }
    }

    public StepRun {
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        output = output == null ? Map.of() : Map.copyOf(output);
    }
}
