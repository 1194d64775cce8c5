package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A read after an acknowledged write never sees the old version, even when Redis stalled (its process frozen, not
 * stopped) while the write was made. Its own Redis, so freezing it stalls no other test.
 */
class RedisStallTest {
    private final String workspace = "ws-" + UUID.randomUUID();

    @Test
    void leadsUpdatedWhileRedisStalledAreReadBackAtTheirNewVersionOnceItResumes() throws Exception {
        try (var redis = EmbeddedRedisServer.startOnFreePort();
             var app = TestServer.start(Map.of("REDIS_PORT", String.valueOf(redis.port()),
                     "KAFKA_BOOTSTRAP_SERVERS", ""))) {
            Api api = Api.as(TestTokens.member(workspace)).on(TestServer.url(app));
            List<String> leads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = api.createLead("{\"name\":\"Lead " + i + "\"}");
                assertThat(version(api, id)).isEqualTo(1);
                assertThat(version(api, id)).isEqualTo(1); // now served from the cache
                leads.add(id);
            }

            redis.pause();
            try {
                for (String id : leads) {
                    assertThat(api.put("/api/v1/leads/" + id, "{\"name\":\"Renamed\"}").status()).isEqualTo(200);
                    assertThat(version(api, id)).isEqualTo(2);
                }
            } finally {
                redis.resume();
            }

            Instant until = Instant.now().plusSeconds(2); // well past the second Redis is skipped after a failure
            while (Instant.now().isBefore(until)) {
                for (String id : leads) {
                    assertThat(version(api, id)).as("version of lead %s read after Redis resumed", id).isEqualTo(2);
                }
            }
        }
    }

    private static long version(Api api, String id) {
        Api.Answer answer = api.get("/api/v1/leads/" + id);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().at("/data/version").asLong();
    }
}
