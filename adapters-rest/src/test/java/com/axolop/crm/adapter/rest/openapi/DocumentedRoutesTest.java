package com.axolop.crm.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names exactly the routes the API registers: walks every service's routing and compares
 * method + path both ways. The routes bootstrap adds beside the API (health, metrics, asyncapi) are checked there.
 */
class DocumentedRoutesTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    @Test
    void everyRegisteredRouteIsDocumented() {
        assertThat(documentedApiRoutes()).containsAll(registeredRoutes());
    }

    @Test
    void everyDocumentedRouteIsRegistered() {
        assertThat(registeredRoutes()).containsAll(documentedApiRoutes());
    }

    @Test
    void operationIdsAreUnique() {
        var ids = new TreeSet<String>();
        OpenApiHttpService.document().path("paths").forEach(path -> path.properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                assertThat(ids.add(operation.getValue().path("operationId").asText()))
                        .as("operationId %s", operation.getValue().path("operationId")).isTrue();
            }
        }));
    }

    private static Set<String> registeredRoutes() {
        var routes = new TreeSet<String>();
        FakeBackend.shared().services().forEach(mount -> routes.addAll(RecordedRoutes.of(mount.path(),
                mount.service())));
        return routes;
    }

    /** "METHOD /path" of every operation the document gives, but for bootstrap's own routes (x-served-by). */
    static Set<String> documentedApiRoutes() {
        var routes = new TreeSet<String>();
        JsonNode paths = OpenApiHttpService.document().path("paths");
        paths.properties().forEach(path -> {
            if (!path.getValue().path("x-served-by").asText().equals("bootstrap")) {
                path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        });
        return routes;
    }
}
