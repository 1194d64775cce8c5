package com.axolop.crm.application.job;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which handler runs a job: one per queue and type, registered when the service is wired. */
public final class JobHandlers {
    private final Map<String, JobHandler> handlers = new HashMap<>();

    public JobHandlers register(QueueName queue, String type, JobHandler handler) {
        if (handlers.putIfAbsent(key(queue, type), handler) != null) {
            throw new IllegalStateException("A handler for " + key(queue, type) + " is already registered");
        }
        return this;
    }

    public Optional<JobHandler> find(QueueName queue, String type) {
        return Optional.ofNullable(handlers.get(key(queue, type)));
    }

    private static String key(QueueName queue, String type) {
        return queue.apiName() + ":" + type;
    }
}
