package com.axolop.crm.adapter.rest.me;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.me.DescribeMeUseCase;
import com.axolop.crm.application.me.Me;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** {@code GET /api/v1/me}: the caller as it authenticated (a token's user, or an API key). */
public final class MeHttpService implements HttpService {
    public static final String PATH = "/api/v1/me";

    private final DescribeMeUseCase me;

    public MeHttpService(DescribeMeUseCase me) {
        this.me = Objects.requireNonNull(me);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::describe).any("/", Responses.methodNotAllowed("GET"));
    }

    private void describe(ServerRequest req, ServerResponse res) {
        Me caller = me.describe(AuthenticationFilter.identity(req));
        var body = new LinkedHashMap<String, Object>();
        body.put("user_id", caller.userId());
        body.put("workspace_id", caller.workspaceId());
        body.put("role", caller.role().name().toLowerCase(Locale.ROOT));
        body.put("email", caller.email());
        body.put("token_expires_at", caller.tokenExpiresAt() == null ? null : caller.tokenExpiresAt().toString());
        body.put("api_key", caller.apiKeyName() == null ? null
                : Map.of("name", caller.apiKeyName(), "prefix", caller.apiKeyPrefix()));
        Responses.data(res, Status.OK_200, body);
    }
}
