package com.axolop.crm.adapter.redis;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** Opens the Redisson client with timeouts short enough that a slow Redis never holds a request for long. */
public final class RedisConnection {
    private static final int COMMAND_TIMEOUT_MS = 250;
    private static final int CONNECT_TIMEOUT_MS = 500;

    private RedisConnection() {
    }

    public static RedissonClient connect(String host, int port, String password) {
        Config config = new Config();
        // Explicit codec: Redisson's default is Kryo; values here are JSON text we write ourselves.
        config.setCodec(StringCodec.INSTANCE);
        // Start even while Redis is down: the service fails open and reconnects when it is back.
        config.setLazyInitialization(true);
        // Redisson's defaults (16 worker and 32 Netty threads) are sized for many cores; on a small
        // machine they mostly add context switches to every call.
        config.setThreads(2);
        config.setNettyThreads(4);
        var server = config.useSingleServer()
                .setAddress("redis://" + host + ":" + port)
                .setTimeout(COMMAND_TIMEOUT_MS)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(4)
                .setConnectionPoolSize(32);
        if (password != null && !password.isBlank()) {
            server.setPassword(password);
        }
        return Redisson.create(config);
    }
}
