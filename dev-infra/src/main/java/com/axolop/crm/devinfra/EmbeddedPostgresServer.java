package com.axolop.crm.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (zonky's packaged binaries) run as a child process of this JVM. As root it
 * still works because zonky runs initdb under {@code unshare -U}. A restartable server keeps its port and
 * data directory across {@link #stop()} and {@link #start()}, so an outage can be staged.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final boolean temporaryData;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, int port, boolean temporaryData) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.temporaryData = temporaryData;
    }

    /** A throw-away server in a temporary directory, on a free port. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            var server = new EmbeddedPostgresServer(null, 0, true);
            server.postgres = EmbeddedPostgres.builder().start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A throw-away server that can be stopped and started again, on the same free port and data. */
    public static EmbeddedPostgresServer startRestartable() {
        try {
            var server = new EmbeddedPostgresServer(Files.createTempDirectory("embedded-pg"), freePort(), true);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data survives restarts in {@code dataDirectory}, on a fixed port. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        var server = new EmbeddedPostgresServer(dataDirectory, port, false);
        server.start();
        return server;
    }

    /** Starts a stopped restartable or persistent server again, on its port and data. */
    public synchronized void start() {
        if (dataDirectory == null) {
            throw new IllegalStateException("A temporary server cannot be restarted");
        }
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended); its data stays. */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
            } finally {
                postgres = null;
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE + "?user=" + USER;
    }

    public synchronized int port() {
        return postgres != null ? postgres.getPort() : port;
    }

    @Override
    public void close() {
        stop();
        if (temporaryData && dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
