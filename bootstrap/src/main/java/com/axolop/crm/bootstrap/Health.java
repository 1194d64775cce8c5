package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.shared.Responses;
import io.helidon.health.HealthCheckResponse;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;

/** One dependency's health in the shape of Helidon's /health, 503 when it is down. */
final class Health {
    private Health() {
    }

    static void send(ServerResponse res, String name, HealthCheckResponse check) {
        send(res, name, check.status() == HealthCheckResponse.Status.UP, check.details());
    }

    static void send(ServerResponse res, String name, boolean up) {
        send(res, name, up, Map.of());
    }

    private static void send(ServerResponse res, String name, boolean up, Map<String, Object> details) {
        String status = up ? "UP" : "DOWN";
        Responses.send(res, up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, Map.of("status", status,
                "checks", List.of(Map.of("name", name, "status", status, "data", details))));
    }
}
