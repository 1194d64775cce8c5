package com.axolop.crm.application.job;

import java.util.Locale;
import java.util.Optional;

/** The job queues: the contract's five, plus outgoing webhooks. */
public enum QueueName {
    EMAIL, WORKFLOW, IMPORT, EXPORT, ANALYTICS, WEBHOOK;

    /** The name in the API and the store: lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Attempts a job gets unless it asks otherwise: an import runs once (the contract's queueImport). */
    public int defaultAttempts() {
        return this == IMPORT ? 1 : 3;
    }

    public static Optional<QueueName> fromApiName(String name) {
        for (QueueName queue : values()) {
            if (queue.apiName().equals(name)) {
                return Optional.of(queue);
            }
        }
        return Optional.empty();
    }
}
