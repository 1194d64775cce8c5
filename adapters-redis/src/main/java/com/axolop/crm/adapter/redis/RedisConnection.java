package com.axolop.crm.adapter.redis;

import java.net.MalformedURLException;
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
        return connect(RedisEndpoint.plain(host, port, password));
    }

    /** Over TLS when the endpoint says so, verifying the server's certificate and name. */
    public static RedissonClient connect(RedisEndpoint endpoint) {
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
                .setAddress(endpoint.address())
                .setTimeout(COMMAND_TIMEOUT_MS)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(4)
                .setConnectionPoolSize(32);
        if (endpoint.password() != null) {
            server.setPassword(endpoint.password());
        }
        if (endpoint.username() != null) {
            server.setUsername(endpoint.username());
        }
        if (endpoint.truststore() != null) {
            try {
                server.setSslTruststore(endpoint.truststore().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Redis truststore " + endpoint.truststore() + " is no file", e);
            }
            server.setSslTruststorePassword(endpoint.truststorePassword());
        }
        return Redisson.create(config);
    }
}
