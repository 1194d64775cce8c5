package com.axolop.crm.adapter.postgres.webhook;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.secret.SecretCipher;
import com.axolop.crm.application.webhook.WebhookFilter;
import com.axolop.crm.application.webhook.WebhookRepository;
import com.axolop.crm.application.webhook.WebhookSortField;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Webhook subscriptions; their secrets pass through the cipher on the way in and out, so rows hold ciphertext. */
public class PostgresWebhookRepository
        extends PostgresRecordRepository<WebhookSubscription, WebhookFilter, WebhookSortField>
        implements WebhookRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "url", "events",
            "description", "active", "secret", "previous_secret", "previous_secret_until"),
            Columns.REVISION.stream()).toList();

    private final SecretCipher cipher;

    public PostgresWebhookRepository(PostgresTransactionRunner db, SecretCipher cipher) {
        super(db, "webhook_subscriptions", COLUMNS);
        this.cipher = Objects.requireNonNull(cipher);
    }

    @Override
    public List<WebhookSubscription> activeIn(WorkspaceId workspace) {
        return findMany(" where workspace_id = ? and active order by created_at, id", workspace.value());
    }

    @Override
    protected WebhookSubscription read(ResultSet row) throws SQLException {
        var details = new WebhookDetails(row.getString(3), Columns.texts(row, 4), row.getString(5),
                row.getBoolean(6));
        String previous = row.getString(8);
        return new WebhookSubscription(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details,
                new WebhookSecret(cipher.decrypt(row.getString(7))),
                previous == null ? null : new WebhookSecret(cipher.decrypt(previous)), Columns.instant(row, 9),
                Columns.revision(row, 10));
    }

    @Override
    protected int bind(PreparedStatement statement, WebhookSubscription subscription, Connection connection)
            throws SQLException {
        WebhookDetails d = subscription.details();
        Columns.bindId(statement, 1, subscription.id());
        statement.setString(2, subscription.workspaceId().value());
        statement.setString(3, d.url());
        Columns.bindTexts(statement, 4, d.events(), connection);
        statement.setString(5, d.description());
        statement.setBoolean(6, d.active());
        statement.setString(7, cipher.encrypt(subscription.secret().value()));
        statement.setString(8, subscription.previousSecret() == null ? null
                : cipher.encrypt(subscription.previousSecret().value()));
        Columns.bindInstant(statement, 9, subscription.previousSecretUntil());
        return Columns.bindRevision(statement, 10, subscription.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, WebhookFilter filter) {
        return Where.workspace(workspace).equal("active", filter.active()).within("created_at", filter.created());
    }
}
