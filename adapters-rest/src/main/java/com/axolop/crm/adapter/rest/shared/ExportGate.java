package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.adapter.rest.ratelimit.RateLimitedException;
import com.axolop.crm.application.shared.Actor;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps exports from starving the database pool ({@link ExportLimits}): past the concurrent exports of the instance or
 * of the workspace, 429; a running export is cut off (its thread interrupted, which closes the client's socket and,
 * through {@link Pipeline}, ends the reading transaction) past its wall-clock cap or when its client accepts nothing
 * for the write timeout. {@link Exports} reports each write that went through.
 */
public final class ExportGate implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ExportGate.class);
    private static final long RETRY_AFTER_SECONDS = 5;

    private final ExportLimits limits;
    private final Semaphore instance;
    private final Map<String, Integer> workspaces = new ConcurrentHashMap<>();
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("export-watchdog").daemon().factory());

    public ExportGate(ExportLimits limits) {
        this.limits = limits;
        this.instance = new Semaphore(limits.maxConcurrent());
        watchdog.scheduleWithFixedDelay(this::cutOffOverdue, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        var caller = req.context().get(Actor.class);
        if (caller.isEmpty() || req.prologue().method() != Method.GET || !req.prologue().uriPath().path().endsWith("/export")) {
            chain.proceed();
            return;
        }
        String workspace = caller.get().workspace().value();
        if (!instance.tryAcquire()) {
            throw busy();
        }
        try {
            if (workspaces.merge(workspace, 1, Integer::sum) > limits.maxPerWorkspace()) {
                throw busy();
            }
            var run = new Running(Thread.currentThread());
            running.add(run);
            req.context().register(run);
            try {
                chain.proceed();
            } finally {
                running.remove(run);
                run.finish();
            }
        } finally {
            workspaces.computeIfPresent(workspace, (key, count) -> count == 1 ? null : count - 1);
            instance.release();
        }
    }

    private void cutOffOverdue() {
        long now = System.nanoTime();
        for (Running run : running) {
            if (now - run.started > limits.maxDuration().toNanos()) {
                run.abort("it ran past its " + limits.maxDuration().toSeconds() + " s cap");
            } else if (now - run.lastProgress > limits.writeTimeout().toNanos()) {
                run.abort("its client accepted nothing for " + limits.writeTimeout().toSeconds() + " s");
            }
        }
    }

    private static RateLimitedException busy() {
        return new RateLimitedException("Too many exports are running, please try again later", RETRY_AFTER_SECONDS);
    }

    /** A running export: when it started, when its client last took a write, and the thread to stop. */
    static final class Running {
        private final Thread thread;
        private final long started = System.nanoTime();
        private volatile long lastProgress = started;
        private boolean finished;
        private boolean aborted;

        Running(Thread thread) {
            this.thread = thread;
        }

        /** {@code out}, noting each write the client took. */
        OutputStream watch(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    lastProgress = System.nanoTime();
                }
            };
        }

        synchronized void abort(String why) {
            if (!finished && !aborted) {
                aborted = true;
                LOG.warn("Export cut off: {}", why);
                thread.interrupt();
            }
        }

        // A cut-off export's interrupt must not reach the next request this thread serves.
        synchronized void finish() {
            finished = true;
            if (aborted) {
                Thread.interrupted();
            }
        }
    }
}
