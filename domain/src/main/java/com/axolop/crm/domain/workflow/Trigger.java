package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import java.util.List;
import java.util.Objects;

/**
 * What starts a workflow: a person (manual), or an event of the workspace (event), which the conditions, all of
 * them, must hold for. Only events the service publishes can trigger one.
 */
public record Trigger(Type type, String event, List<Condition> conditions) {
    /**
     * The published events a workflow can start from: those of a lead, contact or opportunity that still exists
     * (a deletion leaves nothing to run on) and form submissions (which run on their lead).
     */
    public static final List<String> EVENT_TYPES = List.of(
            "lead.created", "lead.updated", "lead.status_changed", "lead.assigned", "lead.converted",
            "contact.created", "contact.updated",
            "opportunity.created", "opportunity.updated", "opportunity.stage_changed", "opportunity.won",
            "opportunity.lost",
            "form.submitted");
    public static final Trigger MANUAL = new Trigger(Type.MANUAL, null, List.of());

    public Trigger {
        Objects.requireNonNull(type, "type");
        event = part("event", event, given -> event(type, given));
        conditions = part("conditions", conditions, given -> conditions(type, given));
    }

    /** An event trigger's event type, required; a manual trigger has none (blank counts as none). */
    public static String event(Type type, String event) {
        boolean absent = event == null || event.isBlank();
        if (type == Type.MANUAL && !absent) {
            throw new IllegalArgumentException("is only for an event trigger");
        }
        if (type == Type.EVENT && absent) {
            throw new IllegalArgumentException("is required for an event trigger");
        }
        return absent ? null : eventType(event);
    }

    /** One of {@link #EVENT_TYPES}: what an event trigger, and a list filter by trigger, may name. */
    public static String eventType(String event) {
        if (!EVENT_TYPES.contains(event)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", EVENT_TYPES));
        }
        return event;
    }

    /** At most {@value Condition#MAX_CONDITIONS}, and only for an event trigger: a manual run has no event. */
    public static List<Condition> conditions(Type type, List<Condition> conditions) {
        List<Condition> all = Condition.checkList(conditions, false);
        if (type == Type.MANUAL && !all.isEmpty()) {
            throw new IllegalArgumentException("are only for an event trigger");
        }
        return all;
    }

    public static Trigger on(String event, List<Condition> conditions) {
        return new Trigger(Type.EVENT, event, conditions);
    }

    public enum Type {
        MANUAL, EVENT;

        public String apiName() {
            return name().toLowerCase();
        }

        public static Type parse(String value) {
            return Values.lowerCase(Type.class, value);
        }
    }
}
