package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;

/** One migrated embedded PostgreSQL per test JVM; tests isolate themselves by workspace. */
public final class TestDatabase {
    private static PostgresDatabase database;
    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    public static synchronized PostgresDatabase get() {
        if (database == null) {
            server = EmbeddedPostgresServer.startTemporary();
            database = PostgresDatabase.connect(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD, 8);
            database.migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                server.close();
            }));
        }
        return database;
    }

    /** The server's JDBC URL, for a test that needs a pool of its own. */
    public static synchronized String jdbcUrl() {
        get();
        return server.jdbcUrl();
    }
}
