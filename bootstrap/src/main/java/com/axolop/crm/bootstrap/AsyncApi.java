package com.axolop.crm.bootstrap;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the AsyncAPI document of the event stream (shipped by adapters-kafka) at /asyncapi.yaml. */
final class AsyncApi {
    private static final byte[] DOCUMENT = load();

    private AsyncApi() {
    }

    static void send(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
        res.send(DOCUMENT);
    }

    private static byte[] load() {
        try (InputStream in = AsyncApi.class.getClassLoader().getResourceAsStream("events/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("events/asyncapi.yaml is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
