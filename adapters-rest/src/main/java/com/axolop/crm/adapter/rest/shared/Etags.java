package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.ExpectedVersion;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A record's version is its entity tag: {@code ETag: "3"}; {@code If-Match} makes a write conditional. */
public final class Etags {
    private Etags() {
    }

    public static void set(ServerResponse res, long version) {
        res.header(HeaderNames.ETAG, "\"" + version + "\"");
    }

    /**
     * {@code If-Match}: absent or {@code *} matches any version; otherwise a comma-separated list of entity tags
     * (weak ones compared weakly), of which the current version must be one. A list with none of our tags
     * cannot match (412).
     */
    public static ExpectedVersion ifMatch(ServerRequest req) {
        String header = req.headers().first(HeaderNames.IF_MATCH).map(String::strip).orElse(null);
        if (header == null || header.equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            version(tag.strip()).ifPresent(versions::add);
        }
        if (versions.isEmpty()) {
            throw new ApiException(Status.PRECONDITION_FAILED_412, "If-Match does not match the current ETag");
        }
        return ExpectedVersion.oneOf(versions);
    }

    private static Optional<Long> version(String entityTag) {
        String tag = entityTag.startsWith("W/") ? entityTag.substring(2) : entityTag;
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Optional.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException ignored) {
                // not one of our tags, so it cannot match
            }
        }
        return Optional.empty();
    }
}
