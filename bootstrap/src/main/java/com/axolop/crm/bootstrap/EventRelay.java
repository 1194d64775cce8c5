package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaAvailability;
import com.axolop.crm.adapter.kafka.KafkaEventDispatcher;
import com.axolop.crm.adapter.kafka.KafkaEventPublisher;
import com.axolop.crm.adapter.postgres.outbox.PostgresOutboxRelay;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.application.event.DispatchEventUseCase;
import io.helidon.metrics.api.MeterRegistry;
import org.slf4j.LoggerFactory;

/**
 * The event stream: the outbox relay to Kafka and the dispatcher that feeds subscribers from it, or
 * nothing when no Kafka is configured (events then wait in the outbox).
 */
final class EventRelay implements AutoCloseable {
    static final String SUBSCRIBER_GROUP = "crm-subscribers";

    private final KafkaEventPublisher publisher;
    private final PostgresOutboxRelay relay;
    private final KafkaEventDispatcher dispatcher;
    private final KafkaAvailability availability;

    private EventRelay(KafkaEventPublisher publisher, PostgresOutboxRelay relay, KafkaEventDispatcher dispatcher,
                       KafkaAvailability availability) {
        this.publisher = publisher;
        this.relay = relay;
        this.dispatcher = dispatcher;
        this.availability = availability;
    }

    KafkaHealthCheck health() {
        return new KafkaHealthCheck(availability);
    }

    static EventRelay start(AppConfig.Kafka kafka, PostgresDatabase database, DispatchEventUseCase dispatch,
                            MeterRegistry meters) {
        if (kafka.bootstrapServers() == null) {
            LoggerFactory.getLogger(EventRelay.class)
                    .warn("KAFKA_BOOTSTRAP_SERVERS is not set: events stay in outbox_events until it is");
            return new EventRelay(null, null, null, null);
        }
        var publisher = new KafkaEventPublisher(kafka.connection(), kafka.partitions(), kafka.replication(),
                kafka.deliveryTimeout());
        var relay = new PostgresOutboxRelay(database.dataSource(), publisher, kafka.retention(), meters).start();
        var dispatcher = new KafkaEventDispatcher(kafka.connection(), SUBSCRIBER_GROUP, dispatch,
                meters).start();
        return new EventRelay(publisher, relay, dispatcher, new KafkaAvailability(kafka.connection()));
    }

    @Override
    public void close() {
        if (relay != null) {
            dispatcher.close();
            relay.close();
            publisher.close();
            availability.close();
        }
    }
}
