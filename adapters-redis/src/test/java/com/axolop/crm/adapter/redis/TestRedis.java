package com.axolop.crm.adapter.redis;

import com.axolop.crm.devinfra.EmbeddedRedisServer;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;

/** One embedded Redis per test JVM; tests isolate themselves by key. */
final class TestRedis {
    private static EmbeddedRedisServer server;

    private TestRedis() {
    }

    static synchronized EmbeddedRedisServer server() {
        if (server == null) {
            server = EmbeddedRedisServer.startOnFreePort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /**
     * Connected before it is returned: the client connects lazily within a short timeout, which a loaded machine
     * can miss, and a test's first call must not be that connection.
     */
    static RedissonClient newClient() {
        RedissonClient client = RedisConnection.connect("127.0.0.1", server().port(), null);
        for (int attempt = 1; ; attempt++) {
            try {
                client.getBucket("crm:test:connect").isExists();
                return client;
            } catch (RedisException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    static MeterRegistry meters() {
        return Metrics.globalRegistry();
    }
}
