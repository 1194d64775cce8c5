package com.axolop.crm.adapter.rest.webhook;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/webhooks} over the fakes (deliveries "answer" 200): admins only, the secret shown on creation and
 * rotation alone, field-by-field 400s, another workspace's subscription a 404 on every route.
 */
class WebhookRoutesTest extends RoutesTest {
    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String BODY = "{\"url\":\"https://hooks.example.com/crm\",\"events\":[\"lead.*\"],"
            + "\"description\":\"CRM sync\"}";

    private final TestApi admin = withRole("admin");

    WebhookRoutesTest(DirectClient client) {
        super(client);
    }

    private JsonNode subscribe() {
        TestApi.Answer created = admin.post(WEBHOOKS, BODY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.data();
    }

    /** Every route on one subscription, each sent by {@code caller}. */
    private static List<TestApi.Answer> everyRouteOn(TestApi caller, String id) {
        String at = WEBHOOKS + "/" + id;
        List<Function<TestApi, TestApi.Answer>> routes = List.of(api -> api.get(at), api -> api.put(at, BODY),
                api -> api.post(at + "/rotate-secret", "{}"), api -> api.post(at + "/test", "{}"),
                api -> api.get(at + "/deliveries"), api -> api.post(at + "/deliveries/" + UUID.randomUUID()
                        + "/retry", "{}"), api -> api.delete(at));
        return routes.stream().map(route -> route.apply(caller)).toList();
    }

    @Test
    void theSecretIsShownOnCreationAndOnRotationAndNeverRead() {
        JsonNode created = subscribe();
        String id = created.path("id").asText();
        String secret = created.path("secret").asText();

        TestApi.Answer rotated = admin.post(WEBHOOKS + "/" + id + "/rotate-secret", "{}");

        assertThat(secret).matches("whsec_[A-Za-z0-9+/=]{32,}");
        assertThat(rotated.status()).isEqualTo(200);
        String next = rotated.data().path("secret").asText();
        assertThat(next).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(rotated.data().path("previous_secret_expires_at").asText()).isNotBlank();
        for (TestApi.Answer read : List.of(admin.get(WEBHOOKS + "/" + id), admin.get(WEBHOOKS),
                admin.put(WEBHOOKS + "/" + id, BODY), admin.get(WEBHOOKS + "/" + id + "/deliveries"))) {
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.body()).doesNotContain("whsec_").doesNotContain("\"secret\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "viewer"})
    void onlyAdminsReachAnyWebhookRoute(String role) {
        String id = subscribe().path("id").asText();
        TestApi other = withRole(role);

        assertError(other.get(WEBHOOKS), 403, WEBHOOKS);
        assertError(other.post(WEBHOOKS, BODY), 403, WEBHOOKS);
        assertThat(everyRouteOn(other, id)).extracting(TestApi.Answer::status).containsOnly(403);
        assertThat(admin.get(WEBHOOKS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void anotherWorkspacesSubscriptionIsNotFoundOnEveryRoute() {
        String id = subscribe().path("id").asText();
        TestApi otherAdmin = anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "admin"));

        assertThat(everyRouteOn(otherAdmin, id)).extracting(TestApi.Answer::status).containsOnly(404);
        assertThat(everyRouteOn(admin, "not-a-uuid")).extracting(TestApi.Answer::status).containsOnly(404);
        assertThat(admin.get(WEBHOOKS + "/" + id).data().path("url").asText())
                .isEqualTo("https://hooks.example.com/crm");
    }

    @Test
    void refusesBadSubscriptionsFieldByField() {
        JsonNode error = assertError(admin.post(WEBHOOKS, "{\"url\":\"ftp://example.com\",\"events\":[\"Lead!\"],"
                + "\"description\":7}"), 400, WEBHOOKS);
        assertThat(fieldsInError(error)).containsExactlyInAnyOrder("url", "events", "description");

        assertThat(fieldsInError(assertError(admin.post(WEBHOOKS, "{}"), 400, WEBHOOKS)))
                .containsExactlyInAnyOrder("url", "events");
        assertThat(fieldsInError(assertError(admin.post(WEBHOOKS, "{\"url\":\"https://u:p@hooks.example.com\","
                + "\"events\":[]}"), 400, WEBHOOKS))).containsExactlyInAnyOrder("url", "events");
        assertError(admin.post(WEBHOOKS, "[1]"), 400, WEBHOOKS);
        assertThat(admin.get(WEBHOOKS).json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void refusesATargetTheSsrfRulesRefuseOnCreateAndOnUpdate() {
        String internal = "{\"url\":\"https://internal.test/hook\",\"events\":[\"*\"]}";
        String id = subscribe().path("id").asText();

        assertThat(fieldsInError(assertError(admin.post(WEBHOOKS, internal), 400, WEBHOOKS))).containsExactly("url");
        assertThat(fieldsInError(assertError(admin.put(WEBHOOKS + "/" + id, internal), 400, WEBHOOKS + "/" + id)))
                .containsExactly("url");
        assertThat(admin.get(WEBHOOKS + "/" + id).data().path("url").asText())
                .isEqualTo("https://hooks.example.com/crm");
    }

    @Test
    void theTestRouteDeliversAWebhookTestEventNowAndTheLogShowsItForReplay() {
        String id = subscribe().path("id").asText();

        TestApi.Answer tested = admin.post(WEBHOOKS + "/" + id + "/test", "{}");

        assertThat(tested.status()).isEqualTo(200);
        assertThat(tested.data().path("event_type").asText()).isEqualTo("webhook.test");
        assertThat(tested.data().path("state").asText()).isEqualTo("delivered");
        JsonNode log = admin.get(WEBHOOKS + "/" + id + "/deliveries").data();
        assertThat(log).hasSize(1);
        String delivery = log.get(0).path("id").asText();
        TestApi.Answer retried = admin.post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/retry", "{}");
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.data().path("state").asText()).isEqualTo("pending");
        assertError(admin.post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/retry", "{}"), 409,
                WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/retry");
    }

    @Test
    void badPagingOfTheDeliveryLogIsA400() {
        String path = WEBHOOKS + "/" + subscribe().path("id").asText() + "/deliveries";

        assertThat(fieldsInError(assertError(admin.get(path + "?page=0&limit=500"), 400, path)))
                .containsExactlyInAnyOrder("page", "limit");
    }
}
