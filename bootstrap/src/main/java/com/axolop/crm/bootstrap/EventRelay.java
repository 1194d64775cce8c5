package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaEventPublisher;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresOutboxRelay;
import io.helidon.metrics.api.MeterRegistry;
import org.slf4j.LoggerFactory;

/** The outbox relay to Kafka, or nothing when no Kafka is configured (events then wait in the outbox). */
final class EventRelay implements AutoCloseable {
    private final KafkaEventPublisher publisher;
    private final PostgresOutboxRelay relay;

    private EventRelay(KafkaEventPublisher publisher, PostgresOutboxRelay relay) {
        this.publisher = publisher;
        this.relay = relay;
    }

    static EventRelay start(AppConfig.Kafka kafka, PostgresDatabase database, MeterRegistry meters) {
        if (kafka.bootstrapServers() == null) {
            LoggerFactory.getLogger(EventRelay.class)
                    .warn("KAFKA_BOOTSTRAP_SERVERS is not set: events stay in outbox_events until it is");
            return new EventRelay(null, null);
        }
        var publisher = new KafkaEventPublisher(kafka.bootstrapServers(), kafka.partitions(), kafka.replication());
        return new EventRelay(publisher, new PostgresOutboxRelay(database.dataSource(), publisher,
                kafka.retention(), meters).start());
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
            publisher.close();
        }
    }
}
