package com.axolop.crm.application.activity;

import com.axolop.crm.application.event.EventSubscriber;
import com.axolop.crm.application.event.ReceivedEvent;
import java.util.Map;
import java.util.Objects;

/**
 * The first subscriber: every event becomes an entry of its workspace's activity timeline, on the record it is
 * about; an event of another record that names the lead it touched at the top of its payload (form.submitted's
 * lead_id) is an entry of that lead's timeline, so a lead shows the submissions that found it.
 */
public class ActivityTimeline implements EventSubscriber {
    private final ActivityRepository activities;

    public ActivityTimeline(ActivityRepository activities) {
        this.activities = Objects.requireNonNull(activities);
    }

    @Override
    public String name() {
        return "activity-timeline";
    }

    @Override
    public boolean accepts(String eventType) {
        return true;
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!event.aggregateType().equals("lead") && event.payload().get("lead_id") instanceof String lead) {
            activities.append(new Activity(event.id(), event.workspace(), "lead", lead, event.type(),
                    event.occurredAt(), event.aggregateType() + ":" + event.aggregateId()));
            return;
        }
        activities.append(new Activity(event.id(), event.workspace(), event.aggregateType(), event.aggregateId(),
                event.type(), event.occurredAt(), summary(event)));
    }

    // "Acme Corp" for a lead event: the record's name when the payload has one.
    private static String summary(ReceivedEvent event) {
        Object record = event.payload().get(event.aggregateType());
        if (record instanceof Map<?, ?> fields && fields.get("name") instanceof String name) {
            return name;
        }
        return event.aggregateId();
    }
}
