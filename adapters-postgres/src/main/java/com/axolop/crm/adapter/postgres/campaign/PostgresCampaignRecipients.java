package com.axolop.crm.adapter.postgres.campaign;

import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.campaign.CampaignRecipients;
import com.axolop.crm.application.campaign.CampaignStats;
import com.axolop.crm.application.campaign.Recipient;
import com.axolop.crm.application.campaign.RecipientState;
import com.axolop.crm.application.campaign.TrackedRecipient;
import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Snapshots an audience with one INSERT ... SELECT over the leads or contacts, filtered by the lists' own
 * conditions ({@link com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository#conditions}), once per
 * campaign: a snapshot run again adds nobody.
 */
public class PostgresCampaignRecipients implements CampaignRecipients {
    private static final String INSERT = """
            insert into campaign_recipients (id, workspace_id, campaign_id, record_id, email, name, email_id, token,
                                             state, skip_reason, created_at)
            select gen_random_uuid(), ?, ?, r.id, r.email, r.name, gen_random_uuid(),
                   replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
                   case when r.email is null or r.suppressed is not null then 'SKIPPED' else 'PENDING' end,
                   case when r.email is null then 'no_email' else r.suppressed end, now()
            from (select %1$s.id, %1$s.email, %2$s as name,
                         (select s.reason from email_suppressions s
                          where s.workspace_id = %1$s.workspace_id and s.email = lower(%1$s.email)) as suppressed
                  %3$s) r
            where not exists (select 1 from campaign_recipients where campaign_id = ?)
            on conflict (campaign_id, record_id) do nothing""";

    private static final String STATS = """
            select count(*), count(*) filter (where r.state = 'SENT'), count(*) filter (where r.state = 'FAILED'),
                   count(*) filter (where r.state = 'SKIPPED'),
                   (select count(*) from campaign_activity where campaign_id = ? and position is null),
                   (select count(distinct recipient_id) from campaign_activity
                    where campaign_id = ? and position is null),
                   (select count(*) from campaign_activity where campaign_id = ? and position is not null),
                   (select count(distinct recipient_id) from campaign_activity
                    where campaign_id = ? and position is not null),
                   (select count(*) from campaign_recipients u join email_suppressions s
                    on s.workspace_id = u.workspace_id and s.email = lower(u.email) and s.reason = 'unsubscribed'
                    and s.created_at >= u.created_at where u.campaign_id = ?)
            from campaign_recipients r where r.workspace_id = ? and r.campaign_id = ?""";

    /** A pending recipient whose address joined the suppression list after the snapshot is skipped for its reason. */
    private static final String SKIP_SUPPRESSED = """
            update campaign_recipients r set state = 'SKIPPED', skip_reason = s.reason, finished_at = now()
            from email_suppressions s
            where r.workspace_id = ? and r.id = ? and r.state = 'PENDING'
              and s.workspace_id = r.workspace_id and s.email = lower(r.email)""";

    private final PostgresTransactionRunner db;
    private final PostgresLeadRepository leads;
    private final PostgresContactRepository contacts;

    public PostgresCampaignRecipients(PostgresTransactionRunner db, PostgresLeadRepository leads,
                                      PostgresContactRepository contacts) {
        this.db = Objects.requireNonNull(db);
        this.leads = Objects.requireNonNull(leads);
        this.contacts = Objects.requireNonNull(contacts);
    }

    @Override
    public List<UUID> snapshot(Campaign campaign) {
        Audience audience = campaign.details().audience();
        WorkspaceId workspace = campaign.workspaceId();
        SearchText search = audience.q() == null ? null : new SearchText(audience.q());
        String table;
        String name;
        Where where;
        switch (audience) {
            case Audience.Leads l -> {
                table = "leads";
                name = "leads.name";
                where = leads.conditions(workspace, new LeadFilter(l.status(), l.type(), DateRange.ALL, search,
                        l.tags()));
            }
            case Audience.Contacts c -> {
                table = "contacts";
                name = "nullif(concat_ws(' ', contacts.first_name, contacts.last_name), '')";
                where = contacts.conditions(workspace, new ContactFilter(
                        c.leadId() == null ? null : new Id<>(c.leadId()), UserId.ofNullable(c.owner()),
                        DateRange.ALL, search, c.tags()));
            }
        }
        if (!audience.ids().isEmpty()) {
            where.condition(table + ".id = any(cast(? as uuid[]))",
                    audience.ids().stream().map(UUID::toString).toArray(String[]::new));
        }
        return db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    INSERT.formatted(table, name, where.fromAll(table)))) {
                insert.setString(1, workspace.value());
                insert.setObject(2, campaign.id().value());
                int next = where.bind(insert, 3);
                insert.setObject(next, campaign.id().value());
                insert.executeUpdate();
            }
            try (PreparedStatement pending = connection.prepareStatement("select id from campaign_recipients "
                    + "where campaign_id = ? and state = 'PENDING' order by id")) {
                pending.setObject(1, campaign.id().value());
                return Rows.all(pending, row -> row.getObject(1, UUID.class));
            }
        });
    }

    @Override
    public Optional<Recipient> unfinished(WorkspaceId workspace, UUID recipient) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, campaign_id, email_id, email, "
                    + "token, record_id, name, message_id, subject from campaign_recipients "
                    + "where workspace_id = ? and id = ? and state in ('PENDING', 'HANDED_OVER')")) {
                select.setString(1, workspace.value());
                select.setObject(2, recipient);
                return Rows.first(select, row -> {
                    var record = new HashMap<String, Object>();
                    record.put("id", row.getObject(6, UUID.class).toString());
                    record.put("email", row.getString(4));
                    if (row.getString(7) != null) {
                        record.put("name", row.getString(7));
                    }
                    return new Recipient(row.getObject(1, UUID.class), new Id<>(row.getObject(2, UUID.class)),
                            row.getObject(3, UUID.class), new EmailAddress(row.getString(4)), row.getString(5),
                            record, row.getString(8), row.getString(9));
                });
            }
        });
    }

    @Override
    public boolean handOver(WorkspaceId workspace, UUID recipient, List<String> urls, String messageId,
                            String subject) {
        return db.withConnection(connection -> {
            try (PreparedStatement skip = connection.prepareStatement(SKIP_SUPPRESSED)) {
                skip.setString(1, workspace.value());
                skip.setObject(2, recipient);
                if (skip.executeUpdate() == 1) {
                    return false;
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update campaign_recipients "
                    + "set state = 'HANDED_OVER', message_id = ?, subject = ? "
                    + "where workspace_id = ? and id = ? and state = 'PENDING'")) {
                update.setString(1, messageId);
                update.setString(2, subject);
                update.setString(3, workspace.value());
                update.setObject(4, recipient);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from campaign_links where recipient_id = ?")) {
                delete.setObject(1, recipient);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into campaign_links (recipient_id, position, url) values (?, ?, ?)")) {
                for (int i = 0; i < urls.size(); i++) {
                    insert.setObject(1, recipient);
                    insert.setInt(2, i);
                    insert.setString(3, urls.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        });
    }

    @Override
    public boolean finish(WorkspaceId workspace, UUID recipient, RecipientState state) {
        return db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update campaign_recipients "
                    + "set state = ?, finished_at = now() "
                    + "where workspace_id = ? and id = ? and state in ('PENDING', 'HANDED_OVER')")) {
                update.setString(1, state.name());
                update.setString(2, workspace.value());
                update.setObject(3, recipient);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void cancel(WorkspaceId workspace, Id<Campaign> campaign) {
        db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update campaign_recipients "
                    + "set state = 'SKIPPED', skip_reason = 'cancelled', finished_at = now() "
                    + "where workspace_id = ? and campaign_id = ? and state = 'PENDING'")) {
                update.setString(1, workspace.value());
                update.setObject(2, campaign.value());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean anyUnfinished(WorkspaceId workspace, Id<Campaign> campaign) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from "
                    + "campaign_recipients where workspace_id = ? and campaign_id = ? "
                    + "and state in ('PENDING', 'HANDED_OVER'))")) {
                select.setString(1, workspace.value());
                select.setObject(2, campaign.value());
                return Rows.first(select, row -> row.getBoolean(1)).orElseThrow();
            }
        });
    }

    @Override
    public Optional<TrackedRecipient> byToken(String token) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, workspace_id, campaign_id, "
                    + "email_id, email from campaign_recipients where token = ? and email is not null")) {
                select.setString(1, token);
                return Rows.first(select, row -> new TrackedRecipient(row.getObject(1, UUID.class),
                        new WorkspaceId(row.getString(2)), new Id<>(row.getObject(3, UUID.class)),
                        row.getObject(4, UUID.class), new EmailAddress(row.getString(5))));
            }
        });
    }

    @Override
    public Optional<String> link(UUID recipient, int position) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select url from campaign_links where recipient_id = ? and position = ?")) {
                select.setObject(1, recipient);
                select.setInt(2, position);
                return Rows.first(select, row -> row.getString(1));
            }
        });
    }

    @Override
    public boolean track(TrackedRecipient recipient, Integer position) {
        return db.withConnection(connection -> {
            boolean seen;
            try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from "
                    + "campaign_activity where recipient_id = ? and position is not distinct from ?)")) {
                select.setObject(1, recipient.id());
                select.setObject(2, position, Types.INTEGER);
                seen = Rows.first(select, row -> row.getBoolean(1)).orElseThrow();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into campaign_activity "
                    + "(recipient_id, campaign_id, position, at) values (?, ?, ?, now())")) {
                insert.setObject(1, recipient.id());
                insert.setObject(2, recipient.campaign().value());
                insert.setObject(3, position, Types.INTEGER);
                insert.executeUpdate();
            }
            return !seen;
        });
    }

    @Override
    public boolean suppress(WorkspaceId workspace, EmailAddress email, String reason) {
        return db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into email_suppressions "
                    + "(workspace_id, email, reason, created_at) values (?, lower(?), ?, now()) "
                    + "on conflict do nothing")) {
                insert.setString(1, workspace.value());
                insert.setString(2, email.value());
                insert.setString(3, reason);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * Unsubscribed counts the recipients whose address joined the suppression list as unsubscribed after the campaign
     * snapshotted it (through this campaign's mail or another's).
     */
    @Override
    public CampaignStats stats(WorkspaceId workspace, Id<Campaign> campaign) {
        return db.inSnapshot(connection -> {
            CampaignStats totals;
            try (PreparedStatement select = connection.prepareStatement(STATS)) {
                select.setObject(1, campaign.value());
                select.setObject(2, campaign.value());
                select.setObject(3, campaign.value());
                select.setObject(4, campaign.value());
                select.setObject(5, campaign.value());
                select.setString(6, workspace.value());
                select.setObject(7, campaign.value());
                totals = Rows.first(select, row -> new CampaignStats(row.getLong(1), row.getLong(2), row.getLong(3),
                        row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
                        row.getLong(9), List.of())).orElseThrow();
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select l.url, count(*), count(distinct a.recipient_id) from campaign_activity a
                    join campaign_links l on l.recipient_id = a.recipient_id and l.position = a.position
                    where a.campaign_id = ? group by l.url order by count(*) desc, l.url""")) {
                select.setObject(1, campaign.value());
                List<CampaignStats.Link> links = Rows.all(select, row -> new CampaignStats.Link(row.getString(1),
                        row.getLong(2), row.getLong(3)));
                return new CampaignStats(totals.recipients(), totals.sent(), totals.failed(), totals.skipped(),
                        totals.opened(), totals.uniqueOpens(), totals.clicked(), totals.uniqueClicks(),
                        totals.unsubscribed(), links);
            }
        });
    }
}
