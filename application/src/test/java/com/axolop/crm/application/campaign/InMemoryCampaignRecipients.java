package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test fake of {@link CampaignRecipients}: the audience a campaign resolves to is what a test {@link #audience}s for
 * it (resolving filters is the store's work, proven against PostgreSQL).
 */
public class InMemoryCampaignRecipients implements CampaignRecipients {
    private record Row(WorkspaceId workspace, Recipient recipient, RecipientState state) {
    }

    private final Map<Id<Campaign>, List<EmailAddress>> audiences = new LinkedHashMap<>();
    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final Map<UUID, List<String>> links = new HashMap<>();
    private final Set<String> tracked = new HashSet<>();
    private final Set<String> suppressed = new HashSet<>();

    public synchronized void audience(Id<Campaign> campaign, List<EmailAddress> emails) {
        audiences.put(campaign, List.copyOf(emails));
    }

    @Override
    public synchronized List<UUID> snapshot(Campaign campaign) {
        boolean snapshotted = rows.values().stream().anyMatch(row -> row.recipient().campaign().equals(campaign.id()));
        for (EmailAddress email : snapshotted ? List.<EmailAddress>of()
                : audiences.getOrDefault(campaign.id(), List.of())) {
            var recipient = new Recipient(UUID.randomUUID(), campaign.id(), UUID.randomUUID(), email,
                    UUID.randomUUID().toString(), Map.of("email", email.value()), null, null);
            rows.put(recipient.id(), new Row(campaign.workspaceId(), recipient, RecipientState.PENDING));
        }
        return new ArrayList<>(rows.values().stream().filter(row -> row.recipient().campaign().equals(campaign.id())
                && row.state() == RecipientState.PENDING).map(row -> row.recipient().id()).toList());
    }

    @Override
    public synchronized Optional<Recipient> unfinished(WorkspaceId workspace, UUID recipient) {
        return Optional.ofNullable(rows.get(recipient))
                .filter(row -> row.workspace().equals(workspace) && unfinished(row))
                .map(Row::recipient);
    }

    private static boolean unfinished(Row row) {
        return row.state() == RecipientState.PENDING || row.state() == RecipientState.HANDED_OVER;
    }

    @Override
    public synchronized boolean handOver(WorkspaceId workspace, UUID recipient, List<String> urls, String messageId,
                                         String subject) {
        Row row = rows.get(recipient);
        if (row == null || !row.workspace().equals(workspace) || row.state() != RecipientState.PENDING) {
            return false;
        }
        Recipient was = row.recipient();
        if (suppressed.contains(workspace.value() + ":" + was.email().value().toLowerCase(Locale.ROOT))) {
            rows.put(recipient, new Row(workspace, was, RecipientState.SKIPPED));
            return false;
        }
        rows.put(recipient, new Row(workspace, new Recipient(was.id(), was.campaign(), was.emailId(), was.email(),
                was.token(), was.record(), messageId, subject), RecipientState.HANDED_OVER));
        links.put(recipient, List.copyOf(urls));
        return true;
    }

    @Override
    public synchronized boolean finish(WorkspaceId workspace, UUID recipient, RecipientState state) {
        if (unfinished(workspace, recipient).isEmpty()) {
            return false;
        }
        Row row = rows.get(recipient);
        rows.put(recipient, new Row(workspace, row.recipient(), state));
        return true;
    }

    @Override
    public synchronized void cancel(WorkspaceId workspace, Id<Campaign> campaign) {
        rows.replaceAll((id, row) -> row.workspace().equals(workspace) && row.recipient().campaign().equals(campaign)
                && row.state() == RecipientState.PENDING ? new Row(workspace, row.recipient(), RecipientState.SKIPPED)
                : row);
    }

    @Override
    public synchronized boolean anyUnfinished(WorkspaceId workspace, Id<Campaign> campaign) {
        return rows.values().stream().anyMatch(row -> row.workspace().equals(workspace)
                && row.recipient().campaign().equals(campaign) && unfinished(row));
    }

    @Override
    public synchronized Optional<TrackedRecipient> byToken(String token) {
        return rows.values().stream().filter(row -> row.recipient().token().equals(token)).findFirst()
                .map(row -> new TrackedRecipient(row.recipient().id(), row.workspace(), row.recipient().campaign(),
                        row.recipient().emailId(), row.recipient().email()));
    }

    @Override
    public synchronized Optional<String> link(UUID recipient, int position) {
        List<String> urls = links.getOrDefault(recipient, List.of());
        return position >= 0 && position < urls.size() ? Optional.of(urls.get(position)) : Optional.empty();
    }

    @Override
    public synchronized boolean track(TrackedRecipient recipient, Integer position) {
        return tracked.add(recipient.id() + ":" + position);
    }

    @Override
    public synchronized boolean suppress(WorkspaceId workspace, EmailAddress email, String reason) {
        return suppressed.add(workspace.value() + ":" + email.value().toLowerCase(Locale.ROOT));
    }

    /** Outcomes and unsubscribes only: opens and clicks are counted by the store, proven against PostgreSQL. */
    @Override
    public synchronized CampaignStats stats(WorkspaceId workspace, Id<Campaign> campaign) {
        List<Row> of = rows.values().stream().filter(row -> row.workspace().equals(workspace)
                && row.recipient().campaign().equals(campaign)).toList();
        return new CampaignStats(of.size(), count(of, RecipientState.SENT), count(of, RecipientState.FAILED),
                count(of, RecipientState.SKIPPED), 0, 0, 0, 0, of.stream().filter(row -> suppressed.contains(
                workspace.value() + ":" + row.recipient().email().value().toLowerCase(Locale.ROOT))).count(),
                List.of());
    }

    private static long count(List<Row> rows, RecipientState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }
}
