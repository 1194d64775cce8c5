package com.axolop.crm.adapter.rest.apikey;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Dates;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.apikey.ApiKey;
import com.axolop.crm.application.apikey.CreateApiKeyCommand;
import com.axolop.crm.application.apikey.ManageApiKeysUseCase;
import com.axolop.crm.application.apikey.NewApiKey;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.Uuids;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code /api/v1/api-keys}, for admins: create (the key is in this answer only), list (prefixes, never keys),
 * revoke.
 */
public final class ApiKeyHttpService implements HttpService {
    public static final String PATH = "/api/v1/api-keys";

    private final ManageApiKeysUseCase keys;

    public ApiKeyHttpService(ManageApiKeysUseCase keys) {
        this.keys = Objects.requireNonNull(keys);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", Reply.handler(this::create))
                .any("/", Responses.methodNotAllowed("GET, POST"))
                .delete("/{id}", this::revoke)
                .any("/{id}", Responses.methodNotAllowed("DELETE"));
    }

    private Reply create(ServerRequest req) {
        var errors = new FieldErrors();
        var fields = new JsonFields(JsonBody.read(req), errors);
        String name = fields.text("name");
        String role = fields.text("role");
        String expires = fields.text("expires_at");
        Role validRole = role == null ? null : errors.check("role", () -> role(role));
        if (role == null && !errors.failed("role")) {
            errors.add("role", "is required: admin, member or viewer");
        }
        Instant expiresAt = expires == null ? null : errors.check("expires_at", () -> Dates.dateTime(expires));
        CreateApiKeyCommand command = errors.check("name", () -> new CreateApiKeyCommand(name,
                validRole == null ? Role.VIEWER : validRole, expiresAt));
        errors.throwIfAny();
        NewApiKey created = keys.create(AuthenticationFilter.actor(req), command);
        Map<String, Object> body = body(created.key());
        body.put("key", created.secret().value());
        return new Reply(Status.CREATED_201.code(), Map.of("Location", PATH + "/" + created.key().id(),
                "Cache-Control", "no-store"), Json.bytes(Map.of("data", body)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.data(res, Status.OK_200, keys.list(AuthenticationFilter.actor(req)).stream()
                .map(ApiKeyHttpService::body).toList());
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        UUID id;
        try {
            id = Uuids.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "API key not found");
        }
        keys.revoke(AuthenticationFilter.actor(req), id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private static Role role(String value) {
        return switch (value) {
            case "admin" -> Role.ADMIN;
            case "member" -> Role.MEMBER;
            case "viewer" -> Role.VIEWER;
            default -> throw new IllegalArgumentException("must be admin, member or viewer");
        };
    }

    private static Map<String, Object> body(ApiKey key) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", key.id().toString());
        body.put("name", key.name());
        body.put("prefix", key.prefix());
        body.put("role", key.role().name().toLowerCase(Locale.ROOT));
        body.put("created_by", key.createdBy().value());
        body.put("created_at", text(key.createdAt()));
        body.put("last_used_at", text(key.lastUsedAt()));
        body.put("expires_at", text(key.expiresAt()));
        body.put("revoked_at", text(key.revokedAt()));
        return body;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
