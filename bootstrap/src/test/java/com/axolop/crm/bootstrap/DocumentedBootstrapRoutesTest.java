package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.openapi.DocumentedRoutes;
import com.axolop.crm.adapter.rest.openapi.RecordedRoutes;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The routes bootstrap serves beside the API's (health, metrics, asyncapi) are the ones the OpenAPI document marks
 * {@code x-served-by: bootstrap}: its own routes walked as registered, plus those of Helidon's observe feature.
 */
class DocumentedBootstrapRoutesTest {
    @Test
    void everyBootstrapRouteIsDocumented() {
        assertThat(DocumentedRoutes.of(true)).containsAll(registeredRoutes());
    }

    @Test
    void everyDocumentedBootstrapRouteIsServed() {
        assertThat(registeredRoutes()).containsAll(DocumentedRoutes.of(true));
    }

    private static Set<String> registeredRoutes() {
        var routes = new TreeSet<String>(RecordedRoutes.of("/", rules -> Application.ownRoutes(rules,
                new ObserveEndpoints(null, null, null, null, null))));
        ObserveEndpoints.FEATURE_PATHS.forEach(path -> routes.add("GET " + path));
        return routes;
    }
}
