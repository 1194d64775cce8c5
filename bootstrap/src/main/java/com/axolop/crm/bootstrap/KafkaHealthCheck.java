package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaAvailability;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Kafka in /health/ready as a degradation, not an outage: without Kafka writes still succeed and events
 * wait in the outbox, so the instance stays in rotation; /health/kafka alone answers 503 then.
 */
final class KafkaHealthCheck implements HealthCheck {
    private final KafkaAvailability kafka;

    /** {@code kafka} null: no event stream configured. */
    KafkaHealthCheck(KafkaAvailability kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public HealthCheckResponse call() {
        String state = kafka == null ? "not configured: events wait in the outbox"
                : isUp() ? "up" : "degraded: events wait in the outbox";
        return HealthCheckResponse.builder().status(true).detail("kafka", state).build();
    }

    boolean isUp() {
        return kafka != null && kafka.isUp();
    }
}
