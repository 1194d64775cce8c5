package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bench/workflows: a three-step workflow (tag, note, assign) triggered by lead.created while leads are created at
 * RATE writes/s for SECONDS through the API; prints the unfinished executions each second (a backlog that keeps
 * growing means the engine cannot keep up) and the lag from a lead's creation to its execution's end.
 */
public final class WorkflowBench {
    private WorkflowBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        try (BenchStack bench = BenchStack.start()) {
            String url = bench.url();
            String token = bench.token();
            EmbeddedPostgresServer postgres = bench.postgres();
            HttpClient http = HttpClient.newHttpClient();
            send(http, url + "/api/v1/workflows", token, """
                    {"name": "Welcome", "trigger": {"type": "event", "event": "lead.created"},
                     "steps": [{"type": "add_tag", "tag": "welcomed"},
                               {"type": "update_field", "field": "notes", "value": "greeted by the workflow"},
                               {"type": "assign", "to": "rep-1"}]}""");
            var sent = new AtomicInteger();
            int total = rate * seconds;
            try (var writer = Executors.newSingleThreadScheduledExecutor()) {
                writer.scheduleAtFixedRate(() -> {
                    // Asynchronous, so a slow answer does not lower the rate.
                    if (sent.getAndIncrement() < total) {
                        http.sendAsync(request(url + "/api/v1/leads", token, "{\"name\":\"Lead\"}"),
                                HttpResponse.BodyHandlers.discarding());
                    }
                }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
                for (int second = 1; second <= seconds + 30; second++) {
                    Thread.sleep(1000);
                    long[] counts = counts(postgres);
                    System.out.printf("t=%ds leads=%d executions completed=%d unfinished=%d%n", second,
                            Math.min(sent.get(), total), counts[0], counts[1]);
                    if (sent.get() >= total && counts[0] >= total) {
                        break;
                    }
                }
            }
            lag(postgres);
        }
        System.exit(0);
    }

    private static void send(HttpClient http, String url, String token, String body) {
        try {
            http.send(request(url, token, body), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long[] counts(EmbeddedPostgresServer postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) filter (where status = 'completed'),"
                     + " count(*) filter (where status in ('queued', 'running', 'waiting')) from workflow_executions")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2)};
        }
    }

    private static void lag(EmbeddedPostgresServer postgres) throws Exception {
        List<Double> lags = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select extract(epoch from e.finished_at - l.created_at) * 1000"
                     + " from workflow_executions e join leads l on l.id = e.record_id"
                     + " where e.status = 'completed' order by 1")) {
            while (result.next()) {
                lags.add(result.getDouble(1));
            }
        }
        if (!lags.isEmpty()) {
            System.out.printf("lead created to its 3-step execution completed: p50 %.0f ms, p99 %.0f ms (%d)%n",
                    lags.get(lags.size() / 2), lags.get(lags.size() * 99 / 100), lags.size());
        }
    }
}
