package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/**
 * Dev mode's terminal is for a person: {@link DevMode#LOG_CONFIG} logs plain single lines and keeps the embedded
 * infrastructure quiet, while production's {@code logback.xml} keeps its JSON lines.
 */
class DevLoggingTest {
    private static final List<String> INFRASTRUCTURE = List.of(
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "com.zaxxer.hikari.HikariDataSource",
            "org.flywaydb.core.internal.command.DbMigrate", "redis.embedded.RedisServer",
            "org.redisson.connection.ConnectionsHolder", "kafka.server.BrokerServer", "kafka.log.LogManager",
            "org.apache.kafka.controller.QuorumController", "org.apache.kafka.raft.KafkaRaftClient",
            "org.apache.kafka.clients.producer.ProducerConfig", "org.apache.kafka.clients.consumer.ConsumerConfig",
            "org.apache.kafka.clients.admin.AdminClientConfig", "state.change.logger",
            "com.icegreen.greenmail.smtp.SmtpServer");

    @Test
    void devModeWritesOneHumanReadableLinePerEvent() throws JoranException {
        LoggerContext dev = configured(DevMode.LOG_CONFIG);

        String line = render(dev, event(dev, "access", "POST /api/v1/leads/ 201",
                new KeyValuePair("status", 201), new KeyValuePair("durationMs", 12.5)));

        assertThat(line).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  access POST /api/v1/leads/ 201 status=201 "
                + "durationMs=12.5\\R");
    }

    @Test
    void devModeKeepsEmbeddedInfrastructureQuietUnlessSomethingIsWrong() throws JoranException {
        LoggerContext dev = configured(DevMode.LOG_CONFIG);

        assertThat(INFRASTRUCTURE).allSatisfy(name -> {
            Logger logger = dev.getLogger(name);
            assertThat(logger.isInfoEnabled()).as(name + " at INFO").isFalse();
            assertThat(logger.isErrorEnabled()).as(name + " at ERROR").isTrue();
        });
        assertThat(dev.getLogger("kafka.server.ReplicaManager").isWarnEnabled()).isTrue();
        assertThat(dev.getLogger("org.apache.kafka.clients.NetworkClient").isWarnEnabled()).isTrue();
    }

    @Test
    void devModeShowsTheServiceOwnInfoLines() throws JoranException {
        LoggerContext dev = configured(DevMode.LOG_CONFIG);

        assertThat(List.of("access", "com.axolop.crm.bootstrap.Application", "io.helidon.webserver.LoomServer"))
                .allSatisfy(name -> assertThat(dev.getLogger(name).isInfoEnabled()).as(name).isTrue());
    }

    @Test
    void productionKeepsJsonLines() throws JoranException {
        LoggerContext production = configured("logback.xml");

        String line = render(production, event(production, "access", "pipeline started"));

        assertThat(line.strip()).startsWith("{").endsWith("}").contains("\"formattedMessage\":\"pipeline started\"");
        assertThat(production.getLogger("org.apache.kafka.clients.producer.ProducerConfig").isInfoEnabled()).isTrue();
    }

    private static LoggerContext configured(String resource) throws JoranException {
        var context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(DevLoggingTest.class.getClassLoader().getResource(resource));
        return context;
    }

    private static LoggingEvent event(LoggerContext context, String logger, String message,
                                      KeyValuePair... keyValues) {
        var event = new LoggingEvent(Logger.class.getName(), context.getLogger(logger), Level.INFO, message, null,
                null);
        List.of(keyValues).forEach(event::addKeyValuePair);
        return event;
    }

    /** The bytes the console appender's encoder writes for {@code event}, as the terminal shows them. */
    private static String render(LoggerContext context, LoggingEvent event) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        // Production writes through an async appender around the console one.
        Appender<ILoggingEvent> stdout = root.getAppender("STDOUT") != null ? root.getAppender("STDOUT")
                : ((AsyncAppender) root.getAppender("ASYNC")).getAppender("STDOUT");
        var console = (OutputStreamAppender<ILoggingEvent>) stdout;
        return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
