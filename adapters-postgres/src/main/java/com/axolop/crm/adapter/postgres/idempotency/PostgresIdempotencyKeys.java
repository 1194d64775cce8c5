package com.axolop.crm.adapter.postgres.idempotency;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.idempotency.IdempotencyKeys;
import com.axolop.crm.application.idempotency.IdempotentRequest;
import com.axolop.crm.application.idempotency.KeptReply;
import com.axolop.crm.application.idempotency.StoredReply;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code idempotency_keys}. A claim is an upsert on the primary key: PostgreSQL makes a concurrent claim of
 * the same key wait for the holder's transaction, then either sees its committed row or takes the key.
 */
public class PostgresIdempotencyKeys implements IdempotencyKeys {
    // An expired row is taken over as if it were absent; a live one is left as it is (and locked).
    private static final String CLAIM = """
            insert into idempotency_keys (scope, key, fingerprint, created_at, expires_at) values (?, ?, ?, ?, ?)
            on conflict (scope, key) do update
            set fingerprint = excluded.fingerprint, created_at = excluded.created_at,
                expires_at = excluded.expires_at, status = null, headers = null, body = null
            where idempotency_keys.expires_at <= excluded.created_at""";
    private static final String KEPT = """
            select fingerprint, status, headers::text, body from idempotency_keys where scope = ? and key = ?""";
    private static final String KEEP = """
            update idempotency_keys set status = ?, headers = ?::jsonb, body = ? where scope = ? and key = ?""";

    private final PostgresTransactionRunner db;

    public PostgresIdempotencyKeys(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public Optional<KeptReply> claim(IdempotentRequest request, Instant now, Instant expiresAt) {
        return db.inCurrentTransaction(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, request.scope());
                claim.setString(2, request.key().value());
                claim.setString(3, request.fingerprint());
                claim.setObject(4, now.atOffset(ZoneOffset.UTC));
                claim.setObject(5, expiresAt.atOffset(ZoneOffset.UTC));
                if (claim.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(KEPT)) {
                select.setString(1, request.scope());
                select.setString(2, request.key().value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || row.getObject(2) == null) {
                        throw new IllegalStateException("Idempotency key " + request.key().value()
                                + " is held without a reply");
                    }
                    return Optional.of(new KeptReply(row.getString(1),
                            new StoredReply(row.getInt(2), headers(row.getString(3)), row.getBytes(4))));
                }
            }
        });
    }

    @Override
    public void keep(IdempotentRequest request, StoredReply reply) {
        db.inCurrentTransaction(connection -> {
            try (PreparedStatement keep = connection.prepareStatement(KEEP)) {
                keep.setInt(1, reply.status());
                keep.setString(2, Json.write(reply.headers()));
                keep.setBytes(3, reply.body());
                keep.setString(4, request.scope());
                keep.setString(5, request.key().value());
                if (keep.executeUpdate() != 1) {
                    throw new IllegalStateException("Idempotency key " + request.key().value() + " was not claimed");
                }
                return null;
            }
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from idempotency_keys where expires_at <= ?")) {
                delete.setObject(1, now.atOffset(ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }

    private static Map<String, String> headers(String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        Json.readObject(json).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return headers;
    }
}
