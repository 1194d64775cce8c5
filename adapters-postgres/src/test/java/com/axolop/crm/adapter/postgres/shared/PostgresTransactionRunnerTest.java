package com.axolop.crm.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After-commit actions wait for the outermost transaction, so a nested use case cannot run them early. */
class PostgresTransactionRunnerTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final List<String> done = new ArrayList<>();

    @Test
    void anActionOfANestedTransactionRunsAfterTheOutermostCommit() {
        db.inTransaction(() -> {
            db.inTransaction(() -> {
                db.afterCommit(() -> done.add("invalidated"));
                return null;
            });
            done.add("outer work");
            return null;
        });

        assertThat(done).containsExactly("outer work", "invalidated");
    }

    @Test
    void anActionOfARolledBackTransactionNeverRuns() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.afterCommit(() -> done.add("invalidated"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(done).isEmpty();
    }

    @Test
    void outsideATransactionAnActionRunsAtOnce() {
        db.afterCommit(() -> done.add("invalidated"));

        assertThat(done).containsExactly("invalidated");
    }
}
