package com.axolop.crm.adapter.postgres.shared;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every statement the pool's connections run: crm_db_queries_seconds (a histogram), and a statement slower
 * than the threshold is counted (crm_db_slow_queries_total) and logged with its duration and its name: the SQL
 * text with its parameters as placeholders, string and number literals masked too, so no value ever reaches the log.
 */
public final class QueryTimer {
    private static final Logger LOG = LoggerFactory.getLogger(QueryTimer.class);
    private static final int MAX_NAME = 200;
    private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'|\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    private final Timer queries;
    private final Counter slowQueries;
    private final Duration slowerThan;

    /** {@code slowerThan} zero: every statement is slow (logged and counted). */
    public QueryTimer(MeterRegistry meters, Duration slowerThan) {
        this.queries = meters.getOrCreate(Timer.builder("crm_db_queries").buckets(BUCKETS)
                .description("Time PostgreSQL took to run a statement (fetching a cursor's later rows excluded)"));
        this.slowQueries = meters.getOrCreate(Counter.builder("crm_db_slow_queries")
                .description("Statements slower than SLOW_QUERY_MS"));
        this.slowerThan = slowerThan;
    }

    void record(String sql, long nanos) {
        Duration took = Duration.ofNanos(nanos);
        queries.record(took);
        if (took.compareTo(slowerThan) >= 0) {
            slowQueries.increment();
            LOG.atWarn().addKeyValue("durationMs", nanos / 1_000_000.0).addKeyValue("statement", name(sql))
                    .log("Slow query: {} ms", nanos / 1_000_000);
        }
    }

    /** The statement as its SQL text says it, whitespace collapsed, literals masked, at most 200 characters. */
    static String name(String sql) {
        String name = SPACES.matcher(LITERALS.matcher(sql == null ? "" : sql).replaceAll("?")).replaceAll(" ").strip();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "...";
    }
}
