package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.application.background.Worker;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on one connection of its own, handing each notification's payload to the listeners. If the connection
 * breaks it reconnects; meanwhile the workers' poll interval still finds the jobs.
 */
final class JobNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobNotifications.class);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final String channel;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Worker worker;

    JobNotifications(DataSource dataSource, String channel) {
        this.dataSource = dataSource;
        this.channel = channel;
    }

    synchronized void listen(Consumer<String> listener) {
        listeners.add(listener);
        if (worker == null) {
            worker = new Worker("jobs-listener", this::run, Thread::interrupt).start();
        }
    }

    private void run(Worker self) {
        while (self.running()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + channel);
                }
                try {
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    while (self.running()) {
                        PGNotification[] received = pg.getNotifications((int) WAIT.toMillis());
                        if (received != null) {
                            for (PGNotification notification : received) {
                                listeners.forEach(listener -> listener.accept(notification.getParameter()));
                            }
                        }
                    }
                } finally {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("unlisten *");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (self.running()) {
                    LOG.atWarn().log("Job notifications lost ({}); reconnecting", e.toString());
                    self.pause(RECONNECT);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
