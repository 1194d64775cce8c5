package com.axolop.crm.adapter.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads a request body that must be a JSON object of at most 1 MB. The bytes are read once and kept in the
 * request's context, so the Idempotency-Key fingerprint and the handler see the same body.
 */
public final class JsonBody {
    public static final int MAX_BYTES = 1024 * 1024;

    private JsonBody() {
    }

    public static ObjectNode read(ServerRequest req) {
        boolean json = req.headers().contentType().map(JsonBody::isJson).orElse(false);
        if (!json) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415, "Content-Type must be application/json");
        }
        byte[] body = bytes(req);
        if (body.length == 0) {
            throw new ApiException(Status.BAD_REQUEST_400, "Request body is required");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiException(Status.BAD_REQUEST_400, "Request body must be a JSON object");
        }
        return object;
    }

    /** The body's bytes, whatever its type (at most 1 MB, else 413); the first call reads them. */
    public static byte[] bytes(ServerRequest req) {
        Optional<Read> read = req.context().get(Read.class);
        if (read.isPresent()) {
            return read.get().bytes();
        }
        if (req.headers().contentLength().orElse(0) > MAX_BYTES) {
            throw tooLarge(MAX_BYTES);
        }
        byte[] body = readAtMost(req);
        req.context().register(new Read(body));
        return body;
    }

    /** As {@link #bytes(ServerRequest)}, for a route that takes less than 1 MB: past {@code maxBytes}, 413. */
    public static byte[] bytes(ServerRequest req, int maxBytes) {
        if (req.headers().contentLength().orElse(0) > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body = bytes(req);
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    private record Read(byte[] bytes) {
    }

    /** Like {@link #read}, for an optional body: a request without one reads as {}. */
    public static ObjectNode readOptional(ServerRequest req) {
        return req.content().hasEntity() ? read(req) : Json.MAPPER.createObjectNode();
    }

    private static boolean isJson(HttpMediaType type) {
        return type.test(MediaTypes.APPLICATION_JSON);
    }

    // Chunked bodies carry no length: stop reading one byte past the limit.
    private static byte[] readAtMost(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge(MAX_BYTES);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(int maxBytes) {
        String size = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, "Request body must be at most " + size);
    }
}
