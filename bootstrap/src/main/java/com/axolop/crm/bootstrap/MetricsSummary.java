package com.axolop.crm.bootstrap;

import com.axolop.crm.application.job.QueueName;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The contract's JSON metrics summary ({@code fetch('/metrics').then(r => r.json())}), read from the same meters
 * the Prometheus text shows: {@code requests {total, avgDuration (ms), byStatus}}, {@code errors} (answers with a
 * 5xx status), {@code cache {hits, misses, hitRate}} (all caches), {@code queues {<name>: {waiting, active,
 * completed, failed, delayed}}} (all workspaces), {@code events {published, backlog}} (the outbox relay's),
 * {@code uptime} (seconds).
 */
final class MetricsSummary {
    private final MeterRegistry meters;
    private final Clock clock;
    private final Instant started;

    MetricsSummary(MeterRegistry meters, Clock clock, Instant started) {
        this.meters = meters;
        this.clock = clock;
        this.started = started;
    }

    Map<String, Object> read() {
        var summary = new LinkedHashMap<String, Object>();
        Map<String, Object> requests = requests();
        summary.put("requests", requests);
        @SuppressWarnings("unchecked")
        var byStatus = (Map<String, Long>) requests.get("byStatus");
        summary.put("errors", byStatus.entrySet().stream().filter(status -> status.getKey().startsWith("5"))
                .mapToLong(Map.Entry::getValue).sum());
        summary.put("cache", cache());
        summary.put("queues", queues());
        summary.put("events", Map.of("published", sum("crm_outbox_published"), "backlog", sum("crm_outbox_backlog")));
        summary.put("uptime", Duration.between(started, clock.instant()).toSeconds());
        return summary;
    }

    private Map<String, Object> requests() {
        long total = 0;
        double seconds = 0;
        Map<String, Long> byStatus = new TreeMap<>();
        for (Meter meter : meters.meters(meter -> meter.id().name().equals("crm_http_requests"))) {
            Timer timer = (Timer) meter;
            total += timer.count();
            seconds += timer.totalTime(TimeUnit.SECONDS);
            byStatus.merge(meter.id().tagsMap().get("status"), timer.count(), Long::sum);
        }
        var requests = new LinkedHashMap<String, Object>();
        requests.put("total", total);
        requests.put("avgDuration", total == 0 ? 0 : Math.round(seconds * 1000 / total * 100) / 100.0);
        requests.put("byStatus", byStatus);
        return requests;
    }

    private Map<String, Object> cache() {
        long hits = 0;
        long misses = 0;
        for (Meter meter : meters.meters(meter -> meter.id().name().equals("crm_cache_requests"))) {
            String result = meter.id().tagsMap().get("result");
            if ("hit".equals(result)) {
                hits += ((Counter) meter).count();
            } else if ("miss".equals(result)) {
                misses += ((Counter) meter).count();
            }
        }
        var cache = new LinkedHashMap<String, Object>();
        cache.put("hits", hits);
        cache.put("misses", misses);
        cache.put("hitRate", hits + misses == 0 ? 0 : Math.round(10_000.0 * hits / (hits + misses)) / 10_000.0);
        return cache;
    }

    // In the queues' own order, as GET /api/v1/queues lists them.
    private Map<String, Map<String, Long>> queues() {
        Map<String, Map<String, Long>> counted = new HashMap<>();
        for (Meter meter : meters.meters(meter -> meter.id().name().equals("crm_queue_jobs"))) {
            Map<String, String> tags = meter.id().tagsMap();
            counted.computeIfAbsent(tags.get("queue"), queue -> noJobs())
                    .put(tags.get("state"), ((Gauge<?>) meter).value().longValue());
        }
        Map<String, Map<String, Long>> queues = new LinkedHashMap<>();
        for (QueueName queue : QueueName.values()) {
            if (counted.containsKey(queue.apiName())) {
                queues.put(queue.apiName(), counted.get(queue.apiName()));
            }
        }
        return queues;
    }

    private static Map<String, Long> noJobs() {
        var counts = new LinkedHashMap<String, Long>();
        for (String state : List.of("waiting", "active", "completed", "failed", "delayed")) {
            counts.put(state, 0L);
        }
        return counts;
    }

    private long sum(String name) {
        return meters.meters(meter -> meter.id().name().equals(name)).stream().mapToLong(meter -> switch (meter) {
            case Counter counter -> counter.count();
            case Gauge<?> gauge -> gauge.value().longValue();
            default -> 0;
        }).sum();
    }
}
