package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerTest {
    private static final Condition QUALIFIED = new Condition("to", Condition.Operator.EQ, "QUALIFIED");

    @Test
    void anEventTriggerNamesAnEventTheServicePublishesAndMayFilterItByConditions() {
        Trigger trigger = new Trigger(Trigger.Type.EVENT, "lead.status_changed", List.of(QUALIFIED));

        assertThat(trigger.event()).isEqualTo("lead.status_changed");
        assertThat(trigger.conditions()).containsExactly(QUALIFIED);
    }

    @Test
    void anEventTriggerNeedsItsEvent() {
        assertThatThrownBy(() -> new Trigger(Trigger.Type.EVENT, " ", List.of()))
                .hasMessage("event is required for an event trigger");
    }

    @Test
    void anEventTriggerRefusesAnEventTheServiceDoesNotPublish() {
        assertThatThrownBy(() -> Trigger.on("workflow.completed", List.of()))
                .hasMessageStartingWith("event must be one of lead.created, lead.updated, lead.status_changed,")
                .hasMessageEndingWith("opportunity.lost, form.submitted");
    }

    @Test
    void theEventTypesAreThoseOfRecordsAWorkflowCanRunOn() {
        assertThat(Trigger.EVENT_TYPES).hasSize(13).doesNotHaveDuplicates()
                .contains("lead.converted", "opportunity.stage_changed", "form.submitted")
                .doesNotContain("lead.deleted", "calendar.event_created");
    }

    @Test
    void aManualTriggerHasNeitherEventNorConditions() {
        assertThat(new Trigger(Trigger.Type.MANUAL, "", null)).isEqualTo(Trigger.MANUAL);
        assertThatThrownBy(() -> new Trigger(Trigger.Type.MANUAL, "lead.created", List.of()))
                .hasMessage("event is only for an event trigger");
        assertThatThrownBy(() -> new Trigger(Trigger.Type.MANUAL, null, List.of(QUALIFIED)))
                .hasMessage("conditions are only for an event trigger");
    }

    @Test
    void holdsAtMostTwentyConditions() {
        assertThat(Trigger.on("lead.updated", Collections.nCopies(20, QUALIFIED)).conditions()).hasSize(20);
        assertThatThrownBy(() -> Trigger.on("lead.updated", Collections.nCopies(21, QUALIFIED)))
                .hasMessage("conditions must hold 0 to 20 conditions");
    }

    @Test
    void typesAreNamedInLowerCase() {
        assertThat(Trigger.Type.parse("event")).isEqualTo(Trigger.Type.EVENT);
        assertThat(Trigger.Type.MANUAL.apiName()).isEqualTo("manual");
        assertThatThrownBy(() -> Trigger.Type.parse("EVENT")).hasMessage("must be one of manual, event");
    }
}
