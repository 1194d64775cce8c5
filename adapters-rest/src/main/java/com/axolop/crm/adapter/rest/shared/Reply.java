package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.idempotency.StoredReply;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A complete JSON answer, computed before anything is sent: every POST handler produces one, so the answer
 * of a write can be kept and replayed (Idempotency-Key) exactly as it was first sent.
 */
public record Reply(int status, Map<String, String> headers, byte[] json) {
    public Reply {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(json, "json");
        headers = Map.copyOf(headers);
    }

    /** {@code {"data": data}} with the given status. */
    public static Reply data(Status status, Object data) {
        return new Reply(status.code(), Map.of(), Json.bytes(Map.of("data", data)));
    }

    /** 201 with Location and ETag. */
    public static Reply created(String location, long version, Object data) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Location", location);
        headers.put("ETag", "\"" + version + "\"");
        return new Reply(Status.CREATED_201.code(), headers, Json.bytes(Map.of("data", data)));
    }

    /** This reply with one more header. */
    public Reply withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, json);
    }

    StoredReply stored() {
        return new StoredReply(status, headers, json);
    }

    static Reply of(StoredReply stored) {
        return new Reply(stored.status(), stored.headers(), stored.body());
    }

    public void send(ServerResponse res) {
        res.status(Status.create(status));
        headers.forEach((name, value) -> res.header(HeaderNames.create(name), value));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(json);
    }

    /**
     * A route handler that computes a reply and sends it; with an Idempotency-Key, once per key (see
     * {@link Idempotency}). {@code compute} reads the body through {@link JsonBody}, which keeps it once read.
     */
    public static Handler handler(Function<ServerRequest, Reply> compute) {
        return (req, res) -> Idempotency.reply(req, compute).send(res);
    }
}
