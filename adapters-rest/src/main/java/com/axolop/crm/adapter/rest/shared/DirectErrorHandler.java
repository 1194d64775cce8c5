package com.axolop.crm.adapter.rest.shared;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Failures the server answers before routing (unparseable request line or headers, oversized payloads)
 * get the same JSON error format as everything else, never the server's default text.
 */
public class DirectErrorHandler implements DirectHandler {
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status defaultStatus,
                                    ServerResponseHeaders responseHeaders, String message) {
        Status status = defaultStatus.code() >= 500 ? Status.INTERNAL_SERVER_ERROR_500 : defaultStatus;
        String safeMessage = status.code() >= 500 ? "Internal server error" : status.reasonPhrase();
        RequestId id = RequestId.fromHeader(null);
        byte[] body = Json.bytes(ErrorResponses.body(status, safeMessage, safePath(request), id.value()));
        responseHeaders.set(HeaderNames.CONTENT_TYPE, "application/json");
        responseHeaders.set(HeaderNames.create("X-Request-Id"), id.value());
        return TransportResponse.builder()
                .status(status)
                .headers(responseHeaders)
                .entity(body)
                .build();
    }

    private static String safePath(TransportRequest request) {
        String path = request.path();
        return path == null || path.length() > 200 ? "" : path;
    }
}
