package com.axolop.crm.adapter.postgres.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.postgres.event.PostgresProcessedEvents;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.activity.ActivityFilter;
import com.axolop.crm.application.activity.ActivityTimeline;
import com.axolop.crm.application.event.DispatchEventService;
import com.axolop.crm.application.event.EventSubscriber;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A subscriber's effect and its "processed" mark commit together, or neither does. */
class SubscriberTransactionTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresActivityRepository activities = new PostgresActivityRepository(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    @Test
    void aSubscriberThatFailsAfterWritingLeavesNeitherItsEffectNorTheMark() {
        var timeline = new ActivityTimeline(activities);
        EventSubscriber failsAfterWriting = new EventSubscriber() {
            @Override
            public String name() {
                return timeline.name();
            }

            @Override
            public boolean accepts(String eventType) {
                return true;
            }

            @Override
            public void handle(ReceivedEvent event) {
                timeline.handle(event);
                throw new IllegalStateException("crash after the write");
            }
        };
        ReceivedEvent event = new ReceivedEvent(Uuids.v7(), "lead.created", "lead", "lead-1", workspace,
                Instant.now(), Map.of());

        assertThatThrownBy(() -> new DispatchEventService(List.of(failsAfterWriting),
                new PostgresProcessedEvents(db), db).dispatch(event)).hasMessage("crash after the write");
        assertThat(timelineSize()).isZero();

        new DispatchEventService(List.of(timeline), new PostgresProcessedEvents(db), db).dispatch(event);
        assertThat(timelineSize()).isEqualTo(1);
    }

    private long timelineSize() {
        return activities.list(workspace, new ActivityFilter(null, null, null), new PageRequest(1, 10)).total();
    }
}
