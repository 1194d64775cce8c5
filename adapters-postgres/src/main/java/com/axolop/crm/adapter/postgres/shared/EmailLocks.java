package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;

/**
 * Transaction-scoped advisory locks on (record type, workspace, email): writers that look a record up by
 * email and then insert one take turns, so two of them cannot both find nothing and both insert.
 * Outside a transaction the lock is released at once and only orders the lookup.
 */
public final class EmailLocks {
    private EmailLocks() {
    }

    public static void lock(PostgresTransactionRunner db, String type, WorkspaceId workspace, EmailAddress email) {
        String key = type + "\u001f" + workspace.value() + "\u001f" + email.value().toLowerCase();
        db.withConnection(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, key);
                return lock.execute();
            }
        });
    }
}
