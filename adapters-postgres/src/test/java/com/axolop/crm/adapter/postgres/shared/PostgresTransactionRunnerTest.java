package com.axolop.crm.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Savepoints and after-commit actions, against a real PostgreSQL. */
class PostgresTransactionRunnerTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final String workspace = "ws-" + UUID.randomUUID();

    @Test
    void aFailedSavepointUndoesOnlyItsOwnWritesEvenAfterAnSqlError() {
        db.inTransaction(() -> {
            insertActivity("kept-1");
            assertThatThrownBy(() -> db.inSavepoint(() -> {
                insertActivity("undone");
                return db.withConnection(connection -> connection.prepareStatement("select 1/0").execute());
            })).isInstanceOf(DataAccessException.class);
            insertActivity("kept-2");
            return null;
        });

        assertThat(activities()).containsExactlyInAnyOrder("kept-1", "kept-2");
    }

    @Test
    void afterCommitActionsRunOnceTheOutermostTransactionCommits() {
        List<String> log = new ArrayList<>();

        db.inTransaction(() -> {
            db.inTransaction(() -> {
                db.afterCommit(() -> log.add("invalidated"));
                return null;
            });
            log.add("still in transaction");
            return null;
        });

        assertThat(log).containsExactly("still in transaction", "invalidated");
    }

    @Test
    void afterCommitActionsDoNotRunWhenTheTransactionRollsBack() {
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.afterCommit(() -> log.add("invalidated"));
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        db.inTransaction(() -> null);

        assertThat(log).isEmpty();
    }

    @Test
    void outsideATransactionAnAfterCommitActionRunsAtOnce() {
        List<String> log = new ArrayList<>();

        db.afterCommit(() -> log.add("now"));

        assertThat(log).containsExactly("now");
    }

    @Test
    void aSnapshotSeesNoWriteCommittedAfterItBegan() {
        insertActivity("before");

        List<List<String>> seen = db.inSnapshot(connection -> {
            List<String> first = activities(connection);
            insertActivity("during"); // on another connection: this thread's snapshot holds none
            return List.of(first, activities(connection));
        });

        assertThat(seen.get(1)).isEqualTo(seen.get(0)).containsExactly("before");
        assertThat(activities()).containsExactlyInAnyOrder("before", "during");
    }

    @Test
    void aSnapshotIsReadOnlyAndLeavesTheConnectionAsItWas() {
        assertThatThrownBy(() -> db.inSnapshot(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)"
                            + " values (gen_random_uuid(), 'ws', 'test', 'x', 'refused', now(), '')")) {
                return insert.executeUpdate();
            }
        })).isInstanceOf(DataAccessException.class).cause().hasMessageContaining("read-only transaction");

        String settings = db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select current_setting('transaction_isolation') || ' ' || current_setting('transaction_read_only')")) {
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        assertThat(settings).isEqualTo("read committed off");
    }

    private void insertActivity(String type) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)
                    values (?, ?, 'test', 'x', ?, now(), '')""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, workspace);
                insert.setString(3, type);
                return insert.executeUpdate();
            }
        });
    }

    private List<String> activities() {
        return db.withConnection(this::activities);
    }

    private List<String> activities(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select type from activities where workspace_id = ?")) {
            select.setString(1, workspace);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }
}
