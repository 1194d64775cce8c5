package com.axolop.crm.adapter.rest.cache;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/v1/cache[?pattern=...]}: an admin clears the workspace's cache entries. */
class CacheRoutesTest extends RoutesTest {
    private static final String CACHE = "/api/v1/cache";

    CacheRoutesTest(DirectClient client) {
        super(client);
    }

    private String cachedLead() {
        String id = api.create("/api/v1/leads", "{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);
        return id;
    }

    @Test
    void anAdminClearsTheEntriesMatchingThePatternAndReadsStillWork() {
        String id = cachedLead();

        TestApi.Answer cleared = withRole("admin").delete(CACHE + "?pattern=lead:*");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.data().path("cleared").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/leads/" + id).status()).isEqualTo(200);
    }

    @Test
    void anotherWorkspacesEntriesAreNotCleared() {
        cachedLead();

        assertThat(anonymous.as(BACKEND.token("ws-other-" + workspace, "admin")).delete(CACHE).data()
                .path("cleared").asLong()).isZero();
        assertThat(withRole("admin").delete(CACHE).data().path("cleared").asLong()).isEqualTo(1);
    }

    @Test
    void aMemberCannotClearTheCache() {
        assertError(api.delete(CACHE), 403, CACHE);
    }

    @Test
    void anonymousCannotClearTheCache() {
        assertError(anonymous.delete(CACHE), 401, CACHE);
    }

    @Test
    void aPatternOutsideTheSafeCharactersIs400() {
        assertThat(fieldsInError(assertError(withRole("admin").delete(CACHE + "?pattern=lead%20%7B%7D"), 400, CACHE)))
                .containsExactly("pattern");
    }

    @Test
    void onlyDeleteIsAllowed() {
        TestApi.Answer get = withRole("admin").get(CACHE);

        assertError(get, 405, CACHE);
        assertThat(get.header("Allow")).contains("DELETE");
    }
}
