package com.axolop.crm.adapter.postgres.analytics;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.domain.shared.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The counters and rollups kept by statement triggers are locked by a writing transaction until it commits; two
 * transactions on two pooled connections must not queue on the same rows, or every concurrent create in a
 * workspace waits for the others' commits.
 */
class CounterRowLocksTest {
    private final DataSource dataSource = TestDatabase.get().dataSource();

    @Test
    void writersOnTwoConnectionsDoNotWaitForEachOthersCounterRows() throws SQLException {
        String workspace = "ws-" + UUID.randomUUID();
        List<Connection> opened = new ArrayList<>();
        try {
            Connection first = open(opened);
            Connection second = open(opened);
            // Two backends share counter rows only when their pids are equal modulo 64: take another connection.
            while (pid(second) % 64 == pid(first) % 64) {
                second = open(opened);
            }
            try (Statement settings = second.createStatement()) {
                settings.execute("set lock_timeout = '2s'");
            }
            for (int round = 0; round < 20; round++) {
                insertLeadAndOpenDeal(first, workspace);
                Connection waiting = second;
                assertThatCode(() -> insertLeadAndOpenDeal(waiting, workspace)).doesNotThrowAnyException();
                first.commit();
                second.commit();
            }
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private Connection open(List<Connection> opened) throws SQLException {
        Connection connection = dataSource.getConnection();
        opened.add(connection);
        connection.setAutoCommit(false);
        return connection;
    }

    private static long pid(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("select pg_backend_pid()")) {
            row.next();
            long pid = row.getLong(1);
            connection.commit();
            return pid;
        }
    }

    private static void insertLeadAndOpenDeal(Connection connection, String workspace) throws SQLException {
        try (PreparedStatement lead = connection.prepareStatement("""
                insert into leads (id, workspace_id, name, status, currency, source, created_by, created_at, updated_at,
                                   version) values (?, ?, 'Lead', 'NEW', 'USD', 'web', 'seed', now(), now(), 1)""");
             PreparedStatement deal = connection.prepareStatement("""
                insert into opportunities (id, workspace_id, name, contact_id, value, currency, stage, created_by,
                                           created_at, updated_at, version)
                values (?, ?, 'Deal', ?, 10, 'USD', 'PROPOSAL', 'seed', now(), now(), 1)""")) {
            lead.setObject(1, Uuids.v7());
            lead.setString(2, workspace);
            lead.executeUpdate();
            deal.setObject(1, Uuids.v7());
            deal.setString(2, workspace);
            deal.setObject(3, Uuids.v7());
            deal.executeUpdate();
        }
    }
}
