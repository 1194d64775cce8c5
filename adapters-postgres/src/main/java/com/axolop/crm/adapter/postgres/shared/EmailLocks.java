package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.util.Collection;

/**
 * Transaction-scoped advisory locks on (record type, workspace, email): writers that look a record up by
 * email and then insert one take turns, so two of them cannot both find nothing and both insert.
 * Outside a transaction the lock is released at once and only orders the lookup.
 */
public final class EmailLocks {
    private EmailLocks() {
    }

    public static void lock(PostgresTransactionRunner db, String type, WorkspaceId workspace, EmailAddress email) {
        String key = key(type, workspace, email);
        db.withConnection(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, key);
                return lock.execute();
            }
        });
    }

    /**
     * Locks every email in one statement, in the order a batch writing them one by one takes them (by email, as
     * Java orders strings), so a batch and its one-by-one fallback, or two batches, cannot deadlock.
     */
    public static void lockAll(PostgresTransactionRunner db, String type, WorkspaceId workspace,
                               Collection<EmailAddress> emails) {
        String[] keys = emails.stream().map(email -> key(type, workspace, email)).distinct().sorted()
                .toArray(String[]::new);
        db.withConnection(connection -> {
            // A volatile function in the select list runs after the order by: the locks are taken in key order.
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock("
                    + "hashtextextended(key, 0)) from unnest(?::text[]) with ordinality as keys (key, n) order by n")) {
                lock.setArray(1, connection.createArrayOf("text", keys));
                return lock.execute();
            }
        });
    }

    private static String key(String type, WorkspaceId workspace, EmailAddress email) {
        return type + "\u001f" + workspace.value() + "\u001f" + email.value().toLowerCase();
    }
}
