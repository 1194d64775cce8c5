package com.axolop.crm.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import redis.embedded.RedisServer;

/**
 * A real Redis 6.2 server (codemonstur's packaged binary) run as a child process. Persistence is off
 * ({@code save ""}, {@code appendonly no}): otherwise it writes dump.rdb beside the binary and a later
 * start reloads old state. {@link #stop()} and {@link #start()} simulate an outage on the same port;
 * {@link #pause()} and {@link #resume()} a stall (the process frozen with SIGSTOP: connections stay open, and
 * commands sent meanwhile wait unanswered in its socket buffers).
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private final int port;
    private final RedisServer server;
    private ProcessHandle process;

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

    private EmbeddedRedisServer(int tlsPort, Path certificate, Path key, String password) {
        this.port = tlsPort;
        try {
            this.server = RedisServer.newRedisServer()
                    .port(0) // no plain TCP listener: TLS only
                    .bind("127.0.0.1")
                    .setting("tls-port " + tlsPort)
                    .setting("tls-cert-file " + certificate.toAbsolutePath())
                    .setting("tls-key-file " + key.toAbsolutePath())
                    .setting("tls-ca-cert-file " + certificate.toAbsolutePath())
                    .setting("tls-auth-clients no")
                    .setting("requirepass " + password)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis could not be configured", e);
        }
    }

    /** A server that speaks only TLS (with {@code certificate} and {@code key}, PEM) and wants {@code password}. */
    public static EmbeddedRedisServer startWithTls(Path certificate, Path key, String password) {
        EmbeddedRedisServer redis = new EmbeddedRedisServer(freePort(), certificate, key, password);
        redis.start();
        return redis;
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

    public synchronized void start() {
        Set<ProcessHandle> before = redisChildren().collect(Collectors.toSet());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start", e);
        }
        process = redisChildren().filter(child -> !before.contains(child)).findFirst().orElse(null);
    }

    public synchronized void stop() {
        resume();
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not stop", e);
        }
        process = null;
    }

    /** Freezes the server process (SIGSTOP): it holds its connections and data, and answers nothing. */
    public synchronized void pause() {
        signal("STOP");
    }

    /** Lets a paused server run again (SIGCONT); it then answers what was sent while it was frozen. */
    public synchronized void resume() {
        if (process != null && process.isAlive()) {
            signal("CONT");
        }
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("The Redis process is not known; is the server started?");
        }
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling Redis", e);
        }
    }

    private static Stream<ProcessHandle> redisChildren() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.contains("redis")).orElse(false));
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
