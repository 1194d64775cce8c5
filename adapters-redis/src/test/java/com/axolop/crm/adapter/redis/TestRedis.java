package com.axolop.crm.adapter.redis;

import com.axolop.crm.devinfra.EmbeddedRedisServer;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import org.redisson.api.RedissonClient;

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

    static RedissonClient newClient() {
        return RedisConnection.connect("127.0.0.1", server().port(), null);
    }

    static MeterRegistry meters() {
        return Metrics.globalRegistry();
    }
}
