package com.axolop.crm.devinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka (KRaft: broker and controller in one) inside this JVM. The log directory is
 * formatted first, as kafka-storage.sh would. {@link #stop()} and {@link #start()} simulate an outage on
 * the same port and data.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private final int port;
    private final int saslPort;
    private final Path logDir;
    private final Properties properties;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int port, int controllerPort, int saslPort, String saslUser,
                                String saslPassword) {
        this.port = port;
        this.saslPort = saslPort;
        this.logDir = logDir;
        properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String sasl = saslPort > 0 ? ",SASL_PLAINTEXT://127.0.0.1:" + saslPort : "";
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + sasl + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + sasl);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT" + (saslPort > 0 ? ",SASL_PLAINTEXT:SASL_PLAINTEXT" : ""));
        if (saslPort > 0) {
            // One user, SASL PLAIN, on its own listener: as a managed Kafka asks clients to log in.
            properties.put("sasl.enabled.mechanisms", "PLAIN");
            properties.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + saslUser
                            + "\" password=\"" + saslPassword + "\" user_" + saslUser + "=\"" + saslPassword + "\";");
        }
        properties.put("log.dirs", logDir.toString());
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "4");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "false");
        format(logDir);
    }

    /** A broker on free ports with its log in a fresh temporary directory. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Files.createTempDirectory("embedded-kafka"),
                    freePort(), freePort(), 0, null, null);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #startTemporary}, plus a listener that wants SASL PLAIN as {@code user} ({@link #saslBootstrapServers}). */
    public static EmbeddedKafkaBroker startTemporaryWithSasl(String user, String password) {
        try {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Files.createTempDirectory("embedded-kafka"),
                    freePort(), freePort(), freePort(), user, password);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String saslBootstrapServers() {
        return "127.0.0.1:" + saslPort;
    }

    public synchronized void start() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker and deletes its log directory: a temporary broker leaves nothing behind. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            Files.deleteIfExists(config(logDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path config(Path logDir) {
        return logDir.resolveSibling(logDir.getFileName() + ".properties");
    }

    private void format(Path logDir) {
        try {
            Path config = config(logDir);
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "embedded kafka");
            }
            var output = new ByteArrayOutputStream();
            // Uuid.randomUuid never starts with '-', which the tool's argument parser would take for an option
            // (a random base64 id did so once in 64 runs, and the format failed).
            int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
                    "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exit != 0) {
                throw new IllegalStateException("kafka-storage format failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
