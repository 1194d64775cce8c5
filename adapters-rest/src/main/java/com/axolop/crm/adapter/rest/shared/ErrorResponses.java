package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.adapter.rest.ratelimit.RateLimitedException;
import com.axolop.crm.application.port.UnavailableException;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.IdempotencyKeyReusedException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders every failure in the API contract's error format; nothing internal reaches the client. */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void send(ServerRequest req, ServerResponse res, Throwable error) {
        ApiException api = toApiException(error, req);
        var body = body(api.status(), api.getMessage(), req.prologue().uriPath().rawPath(), requestId(req));
        if (!api.errors().isEmpty()) {
            body.put("errors", api.errors());
        }
        if (error instanceof ConflictException conflict && conflict.existingId() != null) {
            body.put("existingId", conflict.existingId());
        }
        if (api instanceof RateLimitedException limited) {
            body.put("retryAfter", limited.retryAfterSeconds());
            res.header(HeaderNames.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
        }
        if (error instanceof UnavailableException unavailable) {
            long seconds = Math.max(1, unavailable.retryAfter().toSeconds());
            body.put("retryAfter", seconds);
            res.header(HeaderNames.RETRY_AFTER, String.valueOf(seconds));
        }
        res.status(api.status());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.bytes(body));
    }

    public static Map<String, Object> body(Status status, String message, String path, String requestId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "error");
        body.put("message", message);
        body.put("statusCode", status.code());
        body.put("timestamp", Instant.now().toString());
        body.put("path", path);
        body.put("requestId", requestId);
        return body;
    }

    private static ApiException toApiException(Throwable error, ServerRequest req) {
        return switch (error) {
            case ApiException api -> api;
            case NotFoundException e -> new ApiException(Status.NOT_FOUND_404, e.getMessage());
            case ConflictException e -> new ApiException(Status.CONFLICT_409, e.getMessage());
            case IdempotencyKeyReusedException e -> new ApiException(Status.UNPROCESSABLE_CONTENT_422, e.getMessage());
            case InvalidFieldException e -> ApiException.validation(e.violations());
            case ForbiddenException e -> new ApiException(Status.FORBIDDEN_403, e.getMessage());
            case VersionMismatchException e -> new ApiException(Status.PRECONDITION_FAILED_412, e.getMessage());
            case UnavailableException e -> new ApiException(Status.SERVICE_UNAVAILABLE_503,
                    "The service is temporarily unavailable; try again shortly");
            case io.helidon.http.NotFoundException e -> new ApiException(Status.NOT_FOUND_404, "Route not found");
            case HttpException e when e.status().code() < 500 ->
                    new ApiException(e.status(), e.status().reasonPhrase());
            default -> {
                LOG.atError().setCause(error).addKeyValue("requestId", requestId(req))
                        .log("Unhandled error for {} {}", req.prologue().method().text(), req.prologue().uriPath().rawPath());
                yield new ApiException(Status.INTERNAL_SERVER_ERROR_500, "Internal server error");
            }
        };
    }

    private static String requestId(ServerRequest req) {
        return req.context().get(RequestId.class).map(RequestId::value).orElse("unknown");
    }
}
