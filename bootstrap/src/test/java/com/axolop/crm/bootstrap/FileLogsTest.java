package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileLogsTest {
    @TempDir
    Path directory;

    @Test
    void writesEveryLineToCombinedAndErrorsAlsoToError() throws IOException {
        var appenders = FileLogs.attach(directory.resolve("logs"));
        try {
            org.slf4j.Logger log = LoggerFactory.getLogger("file-logs-test");
            log.info("an info line");
            log.error("an error line");
        } finally {
            Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
            appenders.forEach(appender -> {
                root.detachAppender(appender);
                appender.stop();
            });
        }

        String combined = Files.readString(directory.resolve("logs/combined.log"));
        String errors = Files.readString(directory.resolve("logs/error.log"));
        assertThat(combined).contains("an info line").contains("an error line");
        assertThat(errors).contains("an error line").doesNotContain("an info line");
        assertThat(errors.lines()).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }
}
