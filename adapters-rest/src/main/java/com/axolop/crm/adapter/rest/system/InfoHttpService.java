package com.axolop.crm.adapter.rest.system;

import com.axolop.crm.adapter.rest.shared.Responses;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;

/** {@code GET /api/v1/info}: public facts about the API and this instance. */
public class InfoHttpService implements HttpService {
    public static final String PATH = "/api/v1/info";

    private final ApiInfo info;
    private final Clock clock;

    public InfoHttpService(ApiInfo info, Clock clock) {
        this.info = info;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::info).any("/", Responses.methodNotAllowed("GET"));
    }

    private void info(ServerRequest req, ServerResponse res) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", info.name());
        body.put("version", info.version());
        body.put("apiVersion", info.apiVersion());
        body.put("environment", info.environment());
        body.put("uptime", Duration.between(info.startedAt(), clock.instant()).toSeconds());
        body.put("started_at", info.startedAt().toString());
        Responses.send(res, Status.OK_200, body);
    }
}
