package com.axolop.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Campaign draft(Instant scheduledAt) {
        return Campaign.create(Id.newId(), new WorkspaceId("ws"), details("Spring", scheduledAt), new UserId("u"), NOW)
                .record();
    }

    private static CampaignDetails details(String name, Instant scheduledAt) {
        return new CampaignDetails(name, null, "basic", CustomFields.EMPTY, null, null,
                new Audience.Leads(null, null, null, List.of(), null), scheduledAt);
    }

    @Test
    void aDraftSentWithoutATimeIsSending() {
        assertThat(draft(null).send(NOW).record().status()).isEqualTo(CampaignStatus.SENDING);
    }

    @Test
    void aSendAgainWhileSendingChangesNothingAndOnceSentIsAConflict() {
        Campaign sending = draft(null).send(NOW).record();

        assertThat(sending.send(NOW).events()).isEmpty();
        Campaign sent = sending.finish(NOW).record();
        assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
        assertThatThrownBy(() -> sent.send(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aScheduledCampaignStartsOnlyWhenItsTimeHasCome() {
        Campaign scheduled = draft(NOW.plusSeconds(60)).send(NOW).record();

        assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(scheduled.start(NOW).events()).isEmpty();
        assertThat(scheduled.start(NOW.plusSeconds(60)).record().status()).isEqualTo(CampaignStatus.SENDING);
    }

    @Test
    void editingAScheduledCampaignMakesItADraftAgain() {
        Campaign scheduled = draft(NOW.plusSeconds(60)).send(NOW).record();

        assertThat(scheduled.update(details("Autumn", NOW.plusSeconds(60)), NOW).record().status())
                .isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aCampaignSendingCannotBeEditedOrDeleted() {
        Campaign sending = draft(null).send(NOW).record();

        assertThatThrownBy(() -> sending.update(details("Autumn", null), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sending.delete(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftAScheduledOrASendingCampaignCanBeCancelledWithAnUpdate() {
        Campaign scheduled = draft(NOW.plusSeconds(60)).send(NOW).record();
        Campaign sending = draft(null).send(NOW).record();

        for (Campaign campaign : List.of(draft(null), scheduled, sending)) {
            var cancelled = campaign.cancel(NOW);
            assertThat(cancelled.record().status()).isEqualTo(CampaignStatus.CANCELLED);
            assertThat(cancelled.events()).singleElement().isInstanceOf(CampaignEvent.Updated.class);
        }
    }

    @Test
    void aSentCampaignCannotBeCancelledAndACancelledOneStaysCancelled() {
        Campaign sent = draft(null).send(NOW).record().finish(NOW).record();
        Campaign cancelled = draft(null).cancel(NOW).record();

        assertThatThrownBy(() -> sent.cancel(NOW)).isInstanceOf(ConflictException.class);
        assertThat(cancelled.cancel(NOW).events()).isEmpty();
    }

    @Test
    void aCancelledCampaignCannotBeSentEditedOrStarted() {
        Campaign cancelled = draft(NOW.plusSeconds(60)).send(NOW).record().cancel(NOW).record();

        assertThatThrownBy(() -> cancelled.send(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.update(details("Autumn", null), NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(cancelled.start(NOW.plusSeconds(60)).events()).isEmpty();
        assertThat(cancelled.finish(NOW).events()).isEmpty();
    }
}
