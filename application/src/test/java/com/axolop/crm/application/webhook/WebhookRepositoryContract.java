package com.axolop.crm.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookRepository} does besides the generic record behaviour: secrets and active lookups. */
public abstract class WebhookRepositoryContract
        extends RecordRepositoryContract<WebhookSubscription, WebhookFilter, WebhookSortField> {
    private static final UserId CREATOR = new UserId("admin");

    protected WebhookRepository webhooks;

    protected abstract WebhookRepository createWebhookRepository();

    @Override
    protected final RecordRepository<WebhookSubscription, WebhookFilter, WebhookSortField> createRepository() {
        webhooks = createWebhookRepository();
        return webhooks;
    }

    private static WebhookDetails details(String url, boolean active) {
        return new WebhookDetails(url, List.of("lead.*", "opportunity.won"), "sync", active);
    }

    private static WebhookSubscription subscription(Id<WebhookSubscription> id, WorkspaceId workspace,
                                                    WebhookDetails details, Revision revision) {
        return new WebhookSubscription(id, workspace, details, WebhookSecret.generate(), null, null, revision);
    }

    @Override
    protected WebhookSubscription newRecord(Id<WebhookSubscription> id, WorkspaceId workspace) {
        return subscription(id, workspace, details("https://hooks.example.com/a", true), Revision.first(CREATOR, T0));
    }

    @Override
    protected WebhookSubscription nextVersion(WebhookSubscription record) {
        return record.rotateSecret(record.revision().updatedAt().plusSeconds(60)).record();
    }

    @Override
    protected WebhookFilter everything() {
        return new WebhookFilter(null, DateRange.ALL);
    }

    @Override
    protected Class<WebhookSortField> sortFields() {
        return WebhookSortField.class;
    }

    @Override
    protected Set<WebhookSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected WebhookSubscription ranked(Id<WebhookSubscription> id, WorkspaceId workspace, WebhookSortField field,
                                         Integer rank) {
        return switch (field) {
            case CREATED_AT -> subscription(id, workspace, details("https://hooks.example.com/a", true),
                    Revision.first(CREATOR, T0.plusSeconds(rank)));
            case UPDATED_AT -> subscription(id, workspace, details("https://hooks.example.com/a", true),
                    new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case URL -> subscription(id, workspace, details("https://hooks.example.com/" + (char) ('a' + rank), true),
                    Revision.first(CREATOR, T0));
        };
    }

    @Test
    void readsBothSecretsBackAsWritten() {
        WebhookSubscription rotated = stored(newRecord()).rotateSecret(T0.plusSeconds(60)).record();
        webhooks.update(rotated);

        WebhookSubscription read = webhooks.findById(workspace, rotated.id()).orElseThrow();

        assertThat(read.secret()).isEqualTo(rotated.secret());
        assertThat(read.previousSecret()).isEqualTo(rotated.previousSecret());
        assertThat(read.previousSecretUntil()).isEqualTo(rotated.previousSecretUntil());
    }

    @Test
    void findsTheActiveSubscriptionsOfAWorkspaceOldestFirst() {
        WebhookSubscription older = stored(subscription(Id.newId(), workspace, details("https://a.example.com", true),
                Revision.first(CREATOR, T0)));
        WebhookSubscription newer = stored(subscription(Id.newId(), workspace, details("https://b.example.com", true),
                Revision.first(CREATOR, T0.plusSeconds(5))));
        stored(subscription(Id.newId(), workspace, details("https://c.example.com", false), Revision.first(CREATOR, T0)));
        stored(subscription(Id.newId(), newWorkspace(), details("https://d.example.com", true),
                Revision.first(CREATOR, T0)));

        assertThat(webhooks.activeIn(workspace)).extracting(WebhookSubscription::id)
                .containsExactly(older.id(), newer.id());
    }
}
