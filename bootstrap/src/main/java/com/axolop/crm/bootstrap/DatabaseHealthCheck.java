package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Readiness: the database answers. */
final class DatabaseHealthCheck implements HealthCheck {
    private final PostgresDatabase database;

    DatabaseHealthCheck(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "db";
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(database.isUp()).detail("database", "postgresql").build();
    }
}
