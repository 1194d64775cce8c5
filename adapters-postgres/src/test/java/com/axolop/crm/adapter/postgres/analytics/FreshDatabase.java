package com.axolop.crm.adapter.postgres.analytics;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A new, empty database on the test server, for a backfill test that runs the migrations up to its own point. */
final class FreshDatabase {
    private FreshDatabase() {
    }

    static PostgresDatabase create(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(TestDatabase.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement create = admin.createStatement()) {
            create.execute("create database " + name);
        }
        String url = TestDatabase.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return PostgresDatabase.connect(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, 2);
    }
}
