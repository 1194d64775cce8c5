package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.redis.RedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** The Redis cache behind the lead endpoints: consistent after writes, shared by instances, optional. */
class CacheApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void aReadAfterAnUpdateNeverReturnsTheOldVersion() {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);
        api.get("/api/v1/leads?limit=5");

        api.put("/api/v1/leads/" + id, "{\"name\":\"Acme Inc\"}");

        assertThat(api.get("/api/v1/leads/" + id).json().at("/data/name").asText()).isEqualTo("Acme Inc");
        assertThat(api.get("/api/v1/leads?limit=5").json().at("/data/0/name").asText()).isEqualTo("Acme Inc");
    }

    @Test
    void leadsAreCachedInRedisWithTheLeadsTimeToLive() {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);

        RedissonClient redis = RedisConnection.connect("127.0.0.1", TestServer.redis().port(), null);
        try {
            List<String> keys = new ArrayList<>();
            redis.getKeys().getKeysByPattern("crm:" + workspace + ":lead:" + id).forEach(keys::add);
            assertThat(keys).hasSize(1);
            assertThat(redis.getBucket(keys.getFirst()).remainTimeToLive()).isBetween(290_000L, 300_000L);
        } finally {
            redis.shutdown();
        }
    }

    @Test
    void anotherInstanceSeesAWriteMadeThroughThisOne() {
        Application other = TestServer.start(Map.of());
        try {
            String id = api.createLead("{\"name\":\"Acme\"}");
            assertThat(api.get("/api/v1/leads/" + id).json().at("/data/name").asText()).isEqualTo("Acme");

            api.on(TestServer.url(other)).put("/api/v1/leads/" + id, "{\"name\":\"Changed elsewhere\"}");

            assertThat(api.get("/api/v1/leads/" + id).json().at("/data/name").asText())
                    .isEqualTo("Changed elsewhere");
        } finally {
            other.close();
        }
    }

    @Test
    void theApiKeepsAnsweringFromPostgresWhileRedisIsDown() throws InterruptedException {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);
        TestServer.redis().stop();
        try {
            assertThat(api.get("/api/v1/leads/" + id).status()).isEqualTo(200);
            assertThat(api.put("/api/v1/leads/" + id, "{\"name\":\"Written during the outage\"}").status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/leads/" + id).json().at("/data/name").asText())
                    .isEqualTo("Written during the outage");
            assertThat(api.get("/api/v1/leads").status()).isEqualTo(200);
            assertThat(Api.anonymous().get("/health/redis").status()).isEqualTo(503);
            assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
            assertThat(Api.anonymous().get("/metrics").body()).containsPattern(
                    "crm_cache_requests_total\\{cache=\"leads\",result=\"error\",[^}]*} [1-9]");
        } finally {
            TestServer.redis().start();
        }
        Thread.sleep(1_200); // the fail-open cool-down
        assertThat(Api.anonymous().get("/health/redis").status()).isEqualTo(200);
    }

    @Test
    void clearingTheCacheIsForAdminsAndTakesAPattern() {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);
        Api admin = Api.as(TestTokens.withRole(workspace, "admin"));

        assertError(api.delete("/api/v1/cache"), 403, "/api/v1/cache");
        assertError(admin.delete("/api/v1/cache?pattern=lead%20%7B%7D"), 400, "/api/v1/cache");
        Api.Answer cleared = admin.delete("/api/v1/cache?pattern=lead:*");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().at("/data/cleared").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/leads/" + id).status()).isEqualTo(200);
    }

    @Test
    void cacheHitsAndMissesAreCounted() {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.get("/api/v1/leads/" + id);
        api.get("/api/v1/leads/" + id);

        String metrics = Api.anonymous().get("/metrics").body();

        assertThat(metrics).containsPattern("crm_cache_requests_total\\{cache=\"leads\",result=\"hit\",[^}]*} [1-9]");
        assertThat(metrics).containsPattern("crm_cache_requests_total\\{cache=\"leads\",result=\"miss\",[^}]*} [1-9]");
        assertThat(metrics).contains("crm_cache_hit_ratio{cache=\"leads\"");
    }
}
