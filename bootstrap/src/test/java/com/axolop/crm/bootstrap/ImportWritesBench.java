package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * bench/import-writes: where PostgreSQL spends an import's time. ROWS leads, and as many lead.created outbox rows,
 * written as an import writes them (multi-row inserts of 500 rows, one transaction each) but generated in SQL, so no
 * Java work is timed; then the leads again without the table's triggers, without its two search indexes, and with
 * its primary key only. A throw-away embedded PostgreSQL; the variants change its schema.
 */
public final class ImportWritesBench {
    private static final int BATCH = 500;
    private static final String LEADS = """
            insert into leads (id, workspace_id, name, email, company, status, value, currency, tags, created_by,
                               created_at, updated_at, version)
            select gen_random_uuid(), 'ws-bench', 'Lead ' || i, 'lead' || i || '@bench.io', 'Company ' || (i % 977),
                   'NEW', (i % 5000) + 0.5, 'USD', '{bench,import}', 'bench', now(), now(), 1
            from generate_series(FIRST, LAST) i""";
    private static final String OUTBOX = """
            insert into outbox_events (id, aggregate_type, aggregate_id, event_type, workspace_id, payload, occurred_at)
            select gen_random_uuid(), 'lead', id::text, 'lead.created', 'ws-bench', jsonb_build_object('lead',
                   jsonb_build_object('id', id, 'workspace_id', 'ws-bench', 'name', 'Lead ' || i, 'email',
                   'lead' || i || '@bench.io', 'phone', null, 'company', 'Company ' || (i % 977), 'type', null,
                   'status', 'NEW', 'value', (i % 5000) + 0.5, 'currency', 'USD', 'source', null, 'notes', null,
                   'tags', jsonb_build_array('bench', 'import'), 'custom_fields', '{}'::jsonb, 'assigned_to', null,
                   'created_by', 'bench', 'created_at', now(), 'updated_at', now(), 'version', 1))::text::jsonb, now()
            from (select gen_random_uuid() as id, i from generate_series(FIRST, LAST) i) lead""";

    private static long next;

    private ImportWritesBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 2)) {
            database.migrate();
            try (Connection connection = database.dataSource().getConnection();
                 Statement sql = connection.createStatement()) {
                time(connection, sql, rows, "leads as migrated", LEADS);
                time(connection, sql, rows, "lead.created outbox rows", OUTBOX);
                sql.execute("alter table leads disable trigger user");
                time(connection, sql, rows, "leads without triggers", LEADS);
                sql.execute("alter table leads enable trigger user");
                time(connection, sql, rows, "leads as migrated, again", LEADS);
                sql.execute("alter table leads disable trigger user");
                sql.execute("drop index leads_search_text, leads_search_vector");
                time(connection, sql, rows, "leads without triggers and search indexes", LEADS);
                sql.execute("drop index leads_by_created, leads_by_status_created, leads_by_type_created, "
                        + "leads_by_updated, leads_by_name, leads_by_value, leads_for_analytics");
                time(connection, sql, rows, "leads with the primary key only", LEADS);
            }
        }
        System.exit(0);
    }

    private static void time(Connection connection, Statement sql, int rows, String what, String insert)
            throws SQLException {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        for (int done = 0; done < rows; done += BATCH) {
            long first = next + done;
            sql.execute(insert.replace("FIRST", String.valueOf(first))
                    .replace("LAST", String.valueOf(first + Math.min(BATCH, rows - done) - 1)));
            connection.commit();
        }
        connection.setAutoCommit(true);
        next += rows;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("writes: %-42s %,d rows in %.2f s = %,.0f rows/s%n", what, rows, seconds, rows / seconds);
    }
}
