package com.axolop.crm.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CampaignRecipients} does with a snapshotted recipient: hand-over, suppression, cancel. */
public abstract class CampaignRecipientsContract {
    protected final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private CampaignRecipients recipients;

    protected abstract CampaignRecipients createRecipients();

    /** A stored campaign, sending, whose audience is exactly the records with these addresses. */
    protected abstract Campaign sendingCampaign(List<EmailAddress> audience);

    @BeforeEach
    void create() {
        recipients = createRecipients();
    }

    private List<UUID> snapshot(String... emails) {
        Campaign campaign = sendingCampaign(List.of(emails).stream().map(EmailAddress::new).toList());
        return recipients.snapshot(campaign);
    }

    @Test
    void aPendingRecipientIsHandedOverOnceWithItsMessageIdSubjectAndLinks() {
        UUID recipient = snapshot("a@acme.test").getFirst();

        assertThat(recipients.handOver(workspace, recipient, List.of("https://acme.test/x"), "<m@crm>", "News"))
                .isTrue();

        assertThat(recipients.handOver(workspace, recipient, List.of(), "<m2@crm>", "Other")).isFalse();
        Recipient handedOver = recipients.unfinished(workspace, recipient).orElseThrow();
        assertThat(handedOver.handedOver()).isTrue();
        assertThat(handedOver.messageId()).isEqualTo("<m@crm>");
        assertThat(handedOver.subject()).isEqualTo("News");
        assertThat(recipients.link(recipient, 0)).contains("https://acme.test/x");
        assertThat(recipients.anyUnfinished(workspace, handedOver.campaign())).isTrue();
    }

    @Test
    void aHandedOverRecipientIsFinishedOnce() {
        UUID recipient = snapshot("a@acme.test").getFirst();
        recipients.handOver(workspace, recipient, List.of(), "<m@crm>", "News");
        var campaign = recipients.unfinished(workspace, recipient).orElseThrow().campaign();

        assertThat(recipients.finish(workspace, recipient, RecipientState.SENT)).isTrue();

        assertThat(recipients.finish(workspace, recipient, RecipientState.SENT)).isFalse();
        assertThat(recipients.unfinished(workspace, recipient)).isEmpty();
        assertThat(recipients.anyUnfinished(workspace, campaign)).isFalse();
        assertThat(recipients.stats(workspace, campaign).sent()).isEqualTo(1);
    }

    @Test
    void aRecipientWhoseAddressIsSuppressedAfterTheSnapshotIsSkippedAtItsHandOver() {
        UUID recipient = snapshot("gone@acme.test").getFirst();
        var campaign = recipients.unfinished(workspace, recipient).orElseThrow().campaign();
        recipients.suppress(workspace, new EmailAddress("Gone@Acme.test"), "unsubscribed");

        assertThat(recipients.handOver(workspace, recipient, List.of(), "<m@crm>", "News")).isFalse();

        assertThat(recipients.unfinished(workspace, recipient)).isEmpty();
        assertThat(recipients.stats(workspace, campaign).skipped()).isEqualTo(1);
    }

    @Test
    void cancellingSkipsThePendingRecipientsAndLeavesTheHandedOverOnes() {
        List<UUID> snapshotted = snapshot("a@acme.test", "b@acme.test");
        UUID handedOver = snapshotted.getFirst();
        UUID pending = snapshotted.getLast();
        recipients.handOver(workspace, handedOver, List.of(), "<m@crm>", "News");
        var campaign = recipients.unfinished(workspace, handedOver).orElseThrow().campaign();

        recipients.cancel(workspace, campaign);

        assertThat(recipients.unfinished(workspace, handedOver)).isPresent();
        assertThat(recipients.unfinished(workspace, pending)).isEmpty();
        assertThat(recipients.handOver(workspace, pending, List.of(), "<m2@crm>", "News")).isFalse();
        assertThat(recipients.stats(workspace, campaign).skipped()).isEqualTo(1);
    }
}
