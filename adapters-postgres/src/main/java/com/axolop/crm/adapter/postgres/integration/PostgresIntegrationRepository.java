package com.axolop.crm.adapter.postgres.integration;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.integration.IntegrationFilter;
import com.axolop.crm.application.integration.IntegrationRepository;
import com.axolop.crm.application.integration.IntegrationSortField;
import com.axolop.crm.application.secret.SecretCipher;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationCredentials;
import com.axolop.crm.domain.integration.IntegrationDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Integrations; the credentials object is written as JSON, then sealed by the cipher, so rows hold ciphertext. */
public class PostgresIntegrationRepository
        extends PostgresRecordRepository<Integration, IntegrationFilter, IntegrationSortField>
        implements IntegrationRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "provider", "name",
            "credentials", "config::json"), Columns.REVISION.stream()).toList();

    private final SecretCipher cipher;

    public PostgresIntegrationRepository(PostgresTransactionRunner db, SecretCipher cipher) {
        super(db, "integrations", COLUMNS);
        this.cipher = Objects.requireNonNull(cipher);
    }

    @Override
    protected Integration read(ResultSet row) throws SQLException {
        var credentials = new LinkedHashMap<String, String>();
        Json.readObject(cipher.decrypt(row.getString(5))).forEach((name, value) -> credentials.put(name,
                (String) value));
        var details = new IntegrationDetails(row.getString(3), row.getString(4),
                new IntegrationCredentials(credentials), new CustomFields(row.getString(6)));
        return new Integration(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details,
                Columns.revision(row, 7));
    }

    @Override
    protected int bind(PreparedStatement statement, Integration integration, Connection connection)
            throws SQLException {
        IntegrationDetails d = integration.details();
        Columns.bindId(statement, 1, integration.id());
        statement.setString(2, integration.workspaceId().value());
        statement.setString(3, d.provider());
        statement.setString(4, d.name());
        statement.setString(5, cipher.encrypt(Json.write(d.credentials().values())));
        statement.setString(6, d.config().json());
        return Columns.bindRevision(statement, 7, integration.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, IntegrationFilter filter) {
        return Where.workspace(workspace).equal("provider", filter.provider()).within("created_at", filter.created());
    }
}
