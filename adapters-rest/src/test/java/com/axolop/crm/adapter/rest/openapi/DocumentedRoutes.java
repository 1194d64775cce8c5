package com.axolop.crm.adapter.rest.openapi;

import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The routes the OpenAPI document gives, as "METHOD /path", to compare with the routes registered. */
public final class DocumentedRoutes {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private DocumentedRoutes() {
    }

    /** Bootstrap's own routes (marked {@code x-served-by: bootstrap}), or else the API's. */
    public static Set<String> of(boolean servedByBootstrap) {
        var routes = new TreeSet<String>();
        OpenApiHttpService.document().path("paths").properties().forEach(path -> {
            if (path.getValue().path("x-served-by").asText().equals("bootstrap") == servedByBootstrap) {
                path.getValue().properties().forEach(operation -> {
                    if (isOperation(operation.getKey())) {
                        routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        });
        return routes;
    }

    static boolean isOperation(String key) {
        return METHODS.contains(key);
    }
}
