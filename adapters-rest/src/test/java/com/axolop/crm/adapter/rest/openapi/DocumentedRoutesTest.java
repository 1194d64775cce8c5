package com.axolop.crm.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names exactly the routes the API registers: walks every service's routing and compares
 * method + path both ways. The routes bootstrap adds beside the API (health, metrics, asyncapi) are checked there.
 */
class DocumentedRoutesTest {
    @Test
    void everyRegisteredRouteIsDocumented() {
        assertThat(DocumentedRoutes.of(false)).containsAll(registeredRoutes());
    }

    @Test
    void everyDocumentedRouteIsRegistered() {
        assertThat(registeredRoutes()).containsAll(DocumentedRoutes.of(false));
    }

    @Test
    void operationIdsAreUnique() {
        var ids = new TreeSet<String>();
        OpenApiHttpService.document().path("paths").forEach(path -> path.properties().forEach(operation -> {
            if (DocumentedRoutes.isOperation(operation.getKey())) {
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
}
