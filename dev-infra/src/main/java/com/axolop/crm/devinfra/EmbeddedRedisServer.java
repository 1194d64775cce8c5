package com.axolop.crm.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis 6.2 server (codemonstur's packaged binary) run as a child process. Persistence is off
 * ({@code save ""}, {@code appendonly no}): otherwise it writes dump.rdb beside the binary and a later
 * start reloads old state. {@link #stop()} and {@link #start()} simulate an outage on the same port.
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private final int port;
    private final RedisServer server;

    private EmbeddedRedisServer(int port) {
        this.port = port;
        try {
            this.server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis could not be configured", e);
        }
    }

    /** A server on a free port. */
    public static EmbeddedRedisServer startOnFreePort() {
        return startOn(freePort());
    }

    public static EmbeddedRedisServer startOn(int port) {
        EmbeddedRedisServer redis = new EmbeddedRedisServer(port);
        redis.start();
        return redis;
    }

    public void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start", e);
        }
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not stop", e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (server.isActive()) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
