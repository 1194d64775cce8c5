package com.axolop.crm.adapter.postgres.secret;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.secret.SecretCipher;
import com.axolop.crm.application.secret.StoredSecrets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The encrypted columns: webhook secrets (current and previous), integration credentials and the secrets of
 * workflows' webhook steps. A value is rewritten
 * only if it is still the one read (another instance may have moved it first), so concurrent runs are harmless.
 */
public class PostgresStoredSecrets implements StoredSecrets {
    private static final List<String[]> COLUMNS = List.of(new String[] {"webhook_subscriptions", "secret"},
            new String[] {"webhook_subscriptions", "previous_secret"}, new String[] {"integrations", "credentials"},
            new String[] {"workflows", "webhook_secrets"});

    private record Stored(UUID id, String value) {
    }

    private final PostgresTransactionRunner db;
    private final SecretCipher cipher;

    public PostgresStoredSecrets(PostgresTransactionRunner db, SecretCipher cipher) {
        this.db = Objects.requireNonNull(db);
        this.cipher = Objects.requireNonNull(cipher);
    }

    @Override
    public int reencryptOlder(int limit) {
        int moved = 0;
        for (String[] column : COLUMNS) {
            moved += db.inTransaction(() -> reencrypt(column[0], column[1], limit));
        }
        return moved;
    }

    /** Scans the column by id, a page at a time, until {@code limit} older values are found or none is left. */
    private int reencrypt(String table, String column, int limit) {
        return db.withConnection(connection -> {
            List<Stored> older = new ArrayList<>();
            UUID after = new UUID(0, 0); // the smallest in PostgreSQL's (unsigned) uuid order
            boolean more = true;
            while (more && older.size() < limit) {
                try (PreparedStatement select = connection.prepareStatement("select id, " + column + " from " + table
                        + " where " + column + " is not null and id > ? order by id limit 1000")) {
                    select.setObject(1, after);
                    List<Stored> page = Rows.all(select, row -> new Stored(row.getObject(1, UUID.class),
                            row.getString(2)));
                    page.stream().filter(stored -> !cipher.isCurrent(stored.value())).limit(limit - older.size())
                            .forEach(older::add);
                    more = page.size() == 1000;
                    after = page.isEmpty() ? after : page.getLast().id();
                }
            }
            int moved = 0;
            try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + column
                    + " = ? where id = ? and " + column + " = ?")) {
                for (Stored stored : older) {
                    update.setString(1, cipher.encrypt(cipher.decrypt(stored.value())));
                    update.setObject(2, stored.id());
                    update.setString(3, stored.value());
                    moved += update.executeUpdate();
                }
            }
            return moved;
        });
    }
}
