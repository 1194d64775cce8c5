package com.axolop.crm.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The contract's log files under LOG_DIR, besides stdout: {@code combined.log} (every line) and
 * {@code error.log} (errors only), the same JSON lines, rolled daily and kept 7 days (1 GB at most), so the
 * directory cannot grow without bound.
 */
final class FileLogs {
    static final int DAYS_KEPT = 7;

    private FileLogs() {
    }

    /** Adds the file appenders to the root logger; returns them so a caller may detach them. */
    static List<RollingFileAppender<ILoggingEvent>> attach(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("LOG_DIR " + directory + " cannot be created", e);
        }
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var appenders = List.of(appender(context, directory, "combined", null),
                appender(context, directory, "error", Level.ERROR));
        appenders.forEach(root::addAppender);
        return appenders;
    }

    private static RollingFileAppender<ILoggingEvent> appender(LoggerContext context, Path directory, String name,
                                                               Level threshold) {
        var appender = new RollingFileAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName("file-" + name);
        appender.setFile(directory.resolve(name + ".log").toString());
        var rolling = new TimeBasedRollingPolicy<ILoggingEvent>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(directory.resolve(name + ".%d{yyyy-MM-dd}.log").toString());
        rolling.setMaxHistory(DAYS_KEPT);
        rolling.setTotalSizeCap(FileSize.valueOf("1GB"));
        rolling.start();
        appender.setRollingPolicy(rolling);
        var encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        appender.setEncoder(encoder);
        if (threshold != null) {
            var filter = new ThresholdFilter();
            filter.setLevel(threshold.levelStr);
            filter.start();
            appender.addFilter(filter);
        }
        appender.start();
        return appender;
    }
}
