package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.Page;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The contract's envelopes: {@code {"data": ...}} and, for lists, {@code pagination}. */
public final class Responses {
    private Responses() {
    }

    public static void data(ServerResponse res, Status status, Object data) {
        send(res, status, Map.of("data", data));
    }

    public static <T> void page(ServerResponse res, Page<T> page, Function<T, Object> toJson) {
        send(res, Status.OK_200, pageBody(page, toJson, pagination(page)));
    }

    /**
     * A page of a list that also pages by keyset: {@code next_cursor} continues after its last item (null on the
     * last page). A page reached by cursor has no page number: its pagination is {@code limit}, {@code total} and
     * {@code next_cursor}.
     */
    public static <T> void page(ServerResponse res, Page<T> page, Function<T, Object> toJson, boolean byCursor,
                                String nextCursor) {
        var pagination = pagination(page);
        if (byCursor) {
            pagination.remove("page");
            pagination.remove("totalPages");
        }
        pagination.put("next_cursor", nextCursor);
        send(res, Status.OK_200, pageBody(page, toJson, pagination));
    }

    private static LinkedHashMap<String, Object> pagination(Page<?> page) {
        var pagination = new LinkedHashMap<String, Object>();
        pagination.put("page", page.request().page());
        pagination.put("limit", page.request().limit());
        pagination.put("total", page.total());
        pagination.put("totalPages", page.totalPages());
        if (page.totalIsLowerBound()) {
            pagination.put("totalIsLowerBound", true); // the list holds at least total items: counting stopped there
        }
        return pagination;
    }

    private static <T> Map<String, Object> pageBody(Page<T> page, Function<T, Object> toJson,
                                                    Map<String, Object> pagination) {
        var body = new LinkedHashMap<String, Object>();
        body.put("data", page.items().stream().map(toJson).toList());
        body.put("pagination", pagination);
        return body;
    }

    public static void send(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.bytes(body));
    }

    /** For a path whose other methods exist: 405 with the ones that do. */
    public static Handler methodNotAllowed(String allowed) {
        return (req, res) -> {
            res.header(HeaderNames.ALLOW, allowed);
            throw new ApiException(Status.METHOD_NOT_ALLOWED_405, "Method " + req.prologue().method().text()
                    + " is not allowed here; allowed: " + allowed);
        };
    }
}
