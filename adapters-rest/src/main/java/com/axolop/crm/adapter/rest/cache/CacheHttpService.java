package com.axolop.crm.adapter.rest.cache;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.cache.ClearCacheUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code DELETE /api/v1/cache[?pattern=lead:*]}: clears the caller's workspace's cache (admins). */
public class CacheHttpService implements HttpService {
    public static final String PATH = "/api/v1/cache";
    private static final Pattern SAFE_GLOB = Pattern.compile("^[A-Za-z0-9:_*?.-]{1,100}$");

    private final ClearCacheUseCase clearCache;

    public CacheHttpService(ClearCacheUseCase clearCache) {
        this.clearCache = clearCache;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.delete("/", this::clear).any("/", Responses.methodNotAllowed("DELETE"));
    }

    private void clear(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        String pattern = new QueryParams(req.query(), errors).text("pattern");
        if (pattern != null && !SAFE_GLOB.matcher(pattern).matches()) {
            errors.add("pattern", "must be 1-100 characters of letters, digits, : _ - . and the wildcards * ?");
        }
        errors.throwIfAny();
        long cleared = clearCache.clear(AuthenticationFilter.actor(req), pattern);
        Responses.data(res, Status.OK_200, Map.of("cleared", cleared));
    }
}
