package com.axolop.crm.adapter.postgres.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.apikey.ApiKeyService;
import com.axolop.crm.application.apikey.ApiKeys;
import com.axolop.crm.application.apikey.ApiKeysContract;
import com.axolop.crm.application.apikey.CreateApiKeyCommand;
import com.axolop.crm.application.apikey.NewApiKey;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The key store against a real PostgreSQL: the contract, and no key in plain text anywhere in the table. */
class PostgresApiKeysTest extends ApiKeysContract {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());

    @Override
    protected ApiKeys createKeys() {
        return new PostgresApiKeys(db);
    }

    @Test
    void theTableHoldsTheKeysHashAndPrefixButNeverTheKey() throws SQLException {
        var service = new ApiKeyService(new PostgresApiKeys(db), db, Clock.systemUTC());
        var admin = new Actor(new WorkspaceId("ws-" + UUID.randomUUID()), new UserId("admin"), Role.ADMIN);
        NewApiKey created = service.create(admin, new CreateApiKeyCommand("ci", Role.MEMBER, null));
        String secret = created.secret().value();

        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select api_keys::text from api_keys")) {
            boolean found = false;
            while (rows.next()) {
                String row = rows.getString(1);
                assertThat(row).doesNotContain(secret).doesNotContain(secret.substring("axolop_".length()));
                found |= row.contains(created.secret().hash()) && row.contains(created.secret().visiblePrefix());
            }
            assertThat(found).isTrue();
        }
        assertThat(service.authenticate(secret)).map(key -> key.id()).contains(created.key().id());
    }
}
