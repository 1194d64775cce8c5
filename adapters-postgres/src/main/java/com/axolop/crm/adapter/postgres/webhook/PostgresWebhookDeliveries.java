package com.axolop.crm.adapter.postgres.webhook;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.webhook.WebhookDeliveries;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The delivery log; the attempts of a delivery are one JSON array (eight at most by the schedule, plus replays). */
public class PostgresWebhookDeliveries implements WebhookDeliveries {
    private static final String COLUMNS = "id, workspace_id, subscription_id, event_id, event_type, message::text, "
            + "state, attempts::text, next_attempt_at, created_at, updated_at";
    private static final String INSERT = "insert into webhook_deliveries (" + COLUMNS.replace("::text", "")
            + ") values (?, ?, ?, ?, ?, ?::json, ?, ?::json, ?, ?, ?) on conflict (subscription_id, event_id) do nothing";
    private static final String UPDATE = "update webhook_deliveries set state = ?, attempts = ?::json, "
            + "next_attempt_at = ?, updated_at = ? where id = ? and workspace_id = ?";

    private final PostgresTransactionRunner db;

    public PostgresWebhookDeliveries(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public boolean addIfAbsent(WebhookDelivery d) {
        return db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Columns.bindId(insert, 1, d.id());
                insert.setString(2, d.workspaceId().value());
                Columns.bindId(insert, 3, d.subscriptionId());
                insert.setObject(4, d.eventId());
                insert.setString(5, d.eventType());
                insert.setString(6, Json.write(d.message()));
                insert.setString(7, d.state().apiName());
                insert.setString(8, Json.write(attempts(d.attempts())));
                Columns.bindInstant(insert, 9, d.nextAttemptAt());
                Columns.bindInstant(insert, 10, d.createdAt());
                Columns.bindInstant(insert, 11, d.updatedAt());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<WebhookDelivery> find(WorkspaceId workspace, Id<WebhookDelivery> id) {
        return one(" where workspace_id = ? and id = ?", workspace, id);
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(WorkspaceId workspace, Id<WebhookDelivery> id) {
        return one(" where workspace_id = ? and id = ? for update", workspace, id);
    }

    private Optional<WebhookDelivery> one(String condition, WorkspaceId workspace, Id<WebhookDelivery> id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from webhook_deliveries" + condition)) {
                select.setString(1, workspace.value());
                select.setObject(2, id.value());
                return Rows.first(select, PostgresWebhookDeliveries::read);
            }
        });
    }

    @Override
    public void update(WebhookDelivery d) {
        update(d, UPDATE, -1);
    }

    @Override
    public boolean updateIfPendingAfter(WebhookDelivery attempted, int attemptsBefore) {
        return update(attempted, UPDATE + " and state = 'pending' and json_array_length(attempts) = ?",
                attemptsBefore) == 1;
    }

    private int update(WebhookDelivery d, String statement, int attemptsBefore) {
        return db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                update.setString(1, d.state().apiName());
                update.setString(2, Json.write(attempts(d.attempts())));
                Columns.bindInstant(update, 3, d.nextAttemptAt());
                Columns.bindInstant(update, 4, d.updatedAt());
                Columns.bindId(update, 5, d.id());
                update.setString(6, d.workspaceId().value());
                if (attemptsBefore >= 0) {
                    update.setInt(7, attemptsBefore);
                }
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Page<WebhookDelivery> list(WorkspaceId workspace, Id<WebhookSubscription> subscription, PageRequest page) {
        Where where = Where.workspace(workspace).equal("subscription_id", subscription.value());
        return db.inSnapshot(connection -> Rows.counted(connection, COLUMNS, "webhook_deliveries", where,
                " order by created_at desc, id desc", page, PostgresWebhookDeliveries::read));
    }

    /** One statement per batch: short locks, and skipping rows another instance is deleting at the same time. */
    @Override
    public int deleteFinishedBefore(Instant cutoff, int limit) {
        return db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from webhook_deliveries where id in ("
                    + "select id from webhook_deliveries where created_at < ? and state <> 'pending' "
                    + "order by created_at limit ? for update skip locked)")) {
                Columns.bindInstant(delete, 1, cutoff);
                delete.setInt(2, limit);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Writes the subscription's row only when the streak starts or ends: every delivery of a busy subscription
     * passes here, and a write each time would queue them all on that one row's lock.
     */
    @Override
    public Instant recordOutcome(WorkspaceId workspace, Id<WebhookSubscription> subscription, boolean succeeded,
                                 Instant at) {
        return db.withConnection(connection -> {
            if (succeeded) {
                try (PreparedStatement end = connection.prepareStatement("update webhook_subscriptions set "
                        + "failing_since = null where workspace_id = ? and id = ? and failing_since is not null")) {
                    end.setString(1, workspace.value());
                    end.setObject(2, subscription.value());
                    end.executeUpdate();
                    return null;
                }
            }
            try (PreparedStatement start = connection.prepareStatement("update webhook_subscriptions set "
                    + "failing_since = ? where workspace_id = ? and id = ? and failing_since is null")) {
                Columns.bindInstant(start, 1, at);
                start.setString(2, workspace.value());
                start.setObject(3, subscription.value());
                if (start.executeUpdate() == 1) {
                    return at;
                }
            }
            try (PreparedStatement since = connection.prepareStatement("select failing_since from "
                    + "webhook_subscriptions where workspace_id = ? and id = ?")) {
                since.setString(1, workspace.value());
                since.setObject(2, subscription.value());
                return Rows.first(since, row -> Optional.ofNullable(Columns.instant(row, 1))).flatMap(s -> s)
                        .orElse(null);
            }
        });
    }

    private static WebhookDelivery read(ResultSet row) throws SQLException {
        return new WebhookDelivery(Columns.id(row, 1), new WorkspaceId(row.getString(2)), Columns.id(row, 3),
                row.getObject(4, UUID.class), row.getString(5), Json.readObject(row.getString(6)),
                DeliveryState.parse(row.getString(7)), Json.readObjects(row.getString(8)).stream()
                .map(PostgresWebhookDeliveries::attempt).toList(), Columns.instant(row, 9), Columns.instant(row, 10),
                Columns.instant(row, 11));
    }

    private static List<Map<String, Object>> attempts(List<DeliveryAttempt> attempts) {
        return attempts.stream().map(attempt -> {
            var map = new LinkedHashMap<String, Object>();
            map.put("at", attempt.at().toString());
            map.put("status_code", attempt.statusCode());
            map.put("duration_ms", attempt.durationMs());
            map.put("response_excerpt", attempt.responseExcerpt());
            map.put("error", attempt.error());
            map.put("retry_after_s", attempt.retryAfter() == null ? null : attempt.retryAfter().toSeconds());
            return (Map<String, Object>) map;
        }).toList();
    }

    private static DeliveryAttempt attempt(Map<String, Object> map) {
        Number status = (Number) map.get("status_code");
        Number retryAfter = (Number) map.get("retry_after_s");
        return new DeliveryAttempt(Instant.parse((String) map.get("at")), status == null ? null : status.intValue(),
                ((Number) map.get("duration_ms")).longValue(), (String) map.get("response_excerpt"),
                (String) map.get("error"), retryAfter == null ? null : Duration.ofSeconds(retryAfter.longValue()));
    }
}
