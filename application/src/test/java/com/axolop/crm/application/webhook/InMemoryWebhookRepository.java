package com.axolop.crm.application.webhook;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.util.Comparator;
import java.util.List;

/** Test fake of {@link WebhookRepository} (it keeps secrets as they are: encryption is a store's concern). */
public class InMemoryWebhookRepository
        extends InMemoryRecordRepository<WebhookSubscription, WebhookFilter, WebhookSortField>
        implements WebhookRepository {
    public InMemoryWebhookRepository() {
        super(InMemoryWebhookRepository::matches, InMemoryWebhookRepository::order);
    }

    @Override
    public List<WebhookSubscription> activeIn(WorkspaceId workspace) {
        return all().stream()
                .filter(subscription -> subscription.workspaceId().equals(workspace)
                        && subscription.details().active())
                .sorted(Comparator.comparing((WebhookSubscription subscription) -> subscription.revision().createdAt())
                        .thenComparing(subscription -> subscription.id().value(), UUID_ORDER))
                .toList();
    }

    private static boolean matches(WebhookSubscription subscription, WebhookFilter filter) {
        return (filter.active() == null || filter.active() == subscription.details().active())
                && within(subscription.revision().createdAt(), filter.created());
    }

    private static Comparator<WebhookSubscription> order(WebhookSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(subscription -> subscription.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(subscription -> subscription.revision().updatedAt());
            case URL -> Comparator.comparing(subscription -> subscription.details().url());
        };
    }
}
