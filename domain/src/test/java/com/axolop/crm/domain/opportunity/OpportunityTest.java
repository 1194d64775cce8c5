package com.axolop.crm.domain.opportunity;

import static com.axolop.crm.domain.opportunity.OpportunityStage.CLOSED_LOST;
import static com.axolop.crm.domain.opportunity.OpportunityStage.CLOSED_WON;
import static com.axolop.crm.domain.opportunity.OpportunityStage.NEGOTIATION;
import static com.axolop.crm.domain.opportunity.OpportunityStage.PROPOSAL;
import static com.axolop.crm.domain.opportunity.OpportunityStage.PROSPECTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private static final UserId CREATOR = new UserId("rep-1");

    private static OpportunityDetails details(OpportunityStage stage) {
        return new OpportunityDetails("Acme renewal", null, Id.newId(), new MonetaryAmount(new BigDecimal("5000")),
                null, stage, null, null, null, null, null, null);
    }

    private static Opportunity created(OpportunityStage stage) {
        return Opportunity.create(Id.newId(), new WorkspaceId("acme"), details(stage), CREATOR, T0).record();
    }

    private static List<String> types(Change<Opportunity> change) {
        return change.events().stream().map(RecordEvent::type).toList();
    }

    private static Change<Opportunity> moveTo(Opportunity opportunity, OpportunityStage stage, Instant at) {
        OpportunityDetails d = opportunity.details();
        return opportunity.update(new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                stage, d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), d.owner()),
                at);
    }

    @Test
    void aNewOpportunityIsProspectingInUsdOwnedByItsCreatorAndOpen() {
        var change = Opportunity.create(Id.newId(), new WorkspaceId("acme"), details(null), CREATOR, T0);

        assertThat(change.record().details().stage()).isEqualTo(PROSPECTING);
        assertThat(change.record().details().currency()).isEqualTo(CurrencyCode.USD);
        assertThat(change.record().details().owner()).isEqualTo(CREATOR);
        assertThat(change.record().closedAt()).isNull();
        assertThat(types(change)).containsExactly("opportunity.created");
    }

    @Test
    void anOpportunityCreatedWonIsClosedAndRaisesWonOnce() {
        var change = Opportunity.create(Id.newId(), new WorkspaceId("acme"), details(CLOSED_WON), CREATOR, T0);

        assertThat(change.record().closedAt()).isEqualTo(T0);
        assertThat(types(change)).containsExactly("opportunity.created", "opportunity.won");
    }

    @Test
    void anOpenStageChangeRaisesUpdatedThenStageChanged() {
        var change = moveTo(created(PROSPECTING), PROPOSAL, T0.plusSeconds(60));

        assertThat(types(change)).containsExactly("opportunity.updated", "opportunity.stage_changed");
        var stageChanged = (OpportunityEvent.StageChanged) change.events().get(1);
        assertThat(stageChanged.from()).isEqualTo(PROSPECTING);
        assertThat(stageChanged.to()).isEqualTo(PROPOSAL);
        assertThat(stageChanged.record().details().stage()).isEqualTo(PROPOSAL);
        assertThat(change.record().revision().version()).isEqualTo(2);
        assertThat(change.record().closedAt()).isNull();
    }

    @Test
    void closingAsWonSetsClosedAtAndRaisesWonAfterStageChanged() {
        Instant closing = T0.plusSeconds(60);

        var change = moveTo(created(NEGOTIATION), CLOSED_WON, closing);

        assertThat(change.record().closedAt()).isEqualTo(closing);
        assertThat(types(change)).containsExactly("opportunity.updated", "opportunity.stage_changed", "opportunity.won");
    }

    @Test
    void closingAsLostRaisesLost() {
        var change = moveTo(created(PROPOSAL), CLOSED_LOST, T0.plusSeconds(60));

        assertThat(types(change)).containsExactly("opportunity.updated", "opportunity.stage_changed", "opportunity.lost");
    }

    @Test
    void anUpdateThatStaysWonKeepsClosedAtAndRaisesNoSecondWon() {
        Opportunity won = moveTo(created(NEGOTIATION), CLOSED_WON, T0.plusSeconds(60)).record();
        OpportunityDetails d = won.details();

        var change = won.update(new OpportunityDetails("Acme renewal 2025", d.leadId(), d.contactId(), d.value(),
                d.currency(), d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(),
                d.customFields(), d.owner()), T0.plusSeconds(120));

        assertThat(types(change)).containsExactly("opportunity.updated");
        assertThat(change.record().closedAt()).isEqualTo(won.closedAt());
    }

    @Test
    void wonToLostIsANewCloseWithANewClosedAt() {
        Opportunity won = moveTo(created(NEGOTIATION), CLOSED_WON, T0.plusSeconds(60)).record();

        var change = moveTo(won, CLOSED_LOST, T0.plusSeconds(120));

        assertThat(types(change)).containsExactly("opportunity.updated", "opportunity.stage_changed", "opportunity.lost");
        assertThat(change.record().closedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void reopeningClearsClosedAtWithoutAWinOrLossAndClosingAgainRaisesItAgain() {
        Opportunity won = moveTo(created(NEGOTIATION), CLOSED_WON, T0.plusSeconds(60)).record();

        var reopened = moveTo(won, NEGOTIATION, T0.plusSeconds(120));
        var wonAgain = moveTo(reopened.record(), CLOSED_WON, T0.plusSeconds(180));

        assertThat(reopened.record().closedAt()).isNull();
        assertThat(types(reopened)).containsExactly("opportunity.updated", "opportunity.stage_changed");
        assertThat(types(wonAgain)).containsExactly("opportunity.updated", "opportunity.stage_changed", "opportunity.won");
        assertThat(wonAgain.record().closedAt()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void anIdenticalUpdateKeepsTheVersionAndRaisesNothing() {
        Opportunity opportunity = created(PROPOSAL);

        var change = opportunity.update(opportunity.details(), T0.plusSeconds(60));

        assertThat(change.record()).isEqualTo(opportunity);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void needsANameAndALeadOrAContact() {
        assertThatThrownBy(() -> new OpportunityDetails(" ", null, Id.newId(), null, null, null, null, null, null,
                null, null, null)).hasMessage("is required");
        assertThatThrownBy(() -> new OpportunityDetails("Deal", null, null, null, null, null, null, null, null,
                null, null, null)).hasMessage(OpportunityDetails.PARTY_REQUIRED);
    }

    @Test
    void probabilityIsAPercentage() {
        assertThat(new Probability(0).percent()).isZero();
        assertThat(new Probability(100).percent()).isEqualTo(100);
        assertThatThrownBy(() -> new Probability(101)).hasMessage("must be an integer between 0 and 100");
        assertThatThrownBy(() -> new Probability(-1)).hasMessage("must be an integer between 0 and 100");
    }
}
