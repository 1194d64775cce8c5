package com.axolop.crm.adapter.postgres.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.integration.PostgresIntegrationRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.adapter.postgres.webhook.PostgresWebhookRepository;
import com.axolop.crm.application.secret.ReversibleTestCipher;
import com.axolop.crm.application.secret.SecretReencryption;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationCredentials;
import com.axolop.crm.domain.integration.IntegrationDetails;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Key rotation: values sealed under a retired key move to the current one and still read the same. */
class PostgresStoredSecretsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    @Test
    void movesEveryValueUnderAnOlderKeyToTheCurrentOne() throws SQLException {
        var old = new ReversibleTestCipher("test");
        WebhookSubscription subscription = WebhookSubscription.create(Id.newId(), workspace,
                new WebhookDetails("https://hooks.example.com", List.of("*"), null, true), new UserId("admin"), NOW)
                .record().rotateSecret(NOW).record();
        new PostgresWebhookRepository(db, old).insert(subscription);
        Integration integration = Integration.create(Id.newId(), workspace, new IntegrationDetails("stripe", "Billing",
                new IntegrationCredentials(Map.of("api_key", "sk_live_1234567890abcd")), null), new UserId("admin"),
                NOW).record();
        new PostgresIntegrationRepository(db, old).insert(integration);
        var rotated = new ReversibleTestCipher("rotated", "test");

        long moved = new SecretReencryption(new PostgresStoredSecrets(db, rotated)).run();

        assertThat(moved).isGreaterThanOrEqualTo(3);
        assertThat(column("select secret from webhook_subscriptions where id = ?", subscription.id().value()))
                .startsWith("v1:rotated:");
        assertThat(column("select previous_secret from webhook_subscriptions where id = ?",
                subscription.id().value())).startsWith("v1:rotated:");
        assertThat(column("select credentials from integrations where id = ?", integration.id().value()))
                .startsWith("v1:rotated:");
        var current = new ReversibleTestCipher("rotated");
        assertThat(new PostgresWebhookRepository(db, current).findById(workspace, subscription.id()).orElseThrow()
                .signingSecrets(NOW)).isEqualTo(subscription.signingSecrets(NOW));
        assertThat(new PostgresIntegrationRepository(db, current).findById(workspace, integration.id()).orElseThrow()
                .details()).isEqualTo(integration.details());
        assertThat(new SecretReencryption(new PostgresStoredSecrets(db, rotated)).run()).isZero();
    }

    private String column(String query, UUID id) throws SQLException {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
