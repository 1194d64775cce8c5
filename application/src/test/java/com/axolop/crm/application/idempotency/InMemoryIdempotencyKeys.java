package com.axolop.crm.application.idempotency;

import com.axolop.crm.application.port.TransactionRunner;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Test fake: keys in a map, with a transaction runner of its own that puts the map back as it was when the
 * work fails, as a rolled-back transaction would. No concurrency: the PostgreSQL tests cover that.
 */
public class InMemoryIdempotencyKeys implements IdempotencyKeys {
    private Map<List<String>, Row> rows = new HashMap<>();
    private boolean inTransaction;

    private record Row(String fingerprint, Instant expiresAt, StoredReply reply) {
    }

    @Override
    public Optional<KeptReply> claim(IdempotentRequest request, Instant now, Instant expiresAt) {
        requireTransaction();
        Row row = rows.get(id(request));
        if (row != null && row.expiresAt().isAfter(now)) {
            if (row.reply() == null) {
                throw new IllegalStateException("Idempotency key " + request.key().value()
                        + " is held without a reply");
            }
            return Optional.of(new KeptReply(row.fingerprint(), row.reply()));
        }
        rows.put(id(request), new Row(request.fingerprint(), expiresAt, null));
        return Optional.empty();
    }

    @Override
    public void keep(IdempotentRequest request, StoredReply reply) {
        requireTransaction();
        Row claimed = rows.get(id(request));
        if (claimed == null) {
            throw new IllegalStateException("Idempotency key " + request.key().value() + " was not claimed");
        }
        rows.put(id(request), new Row(claimed.fingerprint(), claimed.expiresAt(), reply));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = rows.size();
        rows.values().removeIf(row -> !row.expiresAt().isAfter(now));
        return before - rows.size();
    }

    public int size() {
        return rows.size();
    }

    public TransactionRunner transactions() {
        return new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (inTransaction) {
                    return work.get();
                }
                Map<List<String>, Row> before = new HashMap<>(rows);
                inTransaction = true;
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    rows = before;
                    throw e;
                } finally {
                    inTransaction = false;
                }
            }

            @Override
            public boolean transactionOpen() {
                return inTransaction;
            }

            @Override
            public void afterCommit(Runnable action) {
                action.run();
            }
        };
    }

    private void requireTransaction() {
        if (!inTransaction) {
            throw new IllegalStateException("No transaction is open");
        }
    }

    private static List<String> id(IdempotentRequest request) {
        return List.of(request.scope(), request.key().value());
    }
}
