package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.ExpectedVersion;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** A record's version is its entity tag: {@code ETag: "3"}; {@code If-Match} makes a write conditional. */
public final class Etags {
    private Etags() {
    }

    public static void set(ServerResponse res, long version) {
        res.header(HeaderNames.ETAG, "\"" + version + "\"");
    }

    public static ExpectedVersion ifMatch(ServerRequest req) {
        String header = req.headers().first(HeaderNames.IF_MATCH).map(String::strip).orElse(null);
        if (header == null || header.equals("*")) {
            return ExpectedVersion.ANY;
        }
        String tag = header.startsWith("W/") ? header.substring(2) : header;
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return ExpectedVersion.exactly(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException ignored) {
                // not one of our tags, so it cannot match
            }
        }
        throw new ApiException(Status.PRECONDITION_FAILED_412, "If-Match does not match the current ETag");
    }
}
