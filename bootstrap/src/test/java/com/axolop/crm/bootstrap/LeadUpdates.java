package com.axolop.crm.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients updating leads as fast as they are answered, each lead by one client in turn (so its versions are written
 * in order), keeping the version of every update the API acknowledged.
 */
final class LeadUpdates implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, List<Long>> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
    private final List<Thread> clients = new ArrayList<>();

    private LeadUpdates(Api api, List<String> leads, int clientCount) {
        for (String lead : leads) {
            acknowledged.put(lead, new CopyOnWriteArrayList<>(List.of(1L)));
        }
        for (int c = 0; c < clientCount; c++) {
            List<String> mine = new ArrayList<>();
            for (int i = c; i < leads.size(); i += clientCount) {
                mine.add(leads.get(i));
            }
            clients.add(Thread.ofVirtual().start(() -> update(api, mine)));
        }
    }

    /** {@code leads} were just created (version 1); {@code clients} update them until {@link #stop()}. */
    static LeadUpdates start(Api api, List<String> leads, int clients) {
        return new LeadUpdates(api, leads, clients);
    }

    private void update(Api api, List<String> leads) {
        for (int n = 0; running.get(); n++) {
            for (String lead : leads) {
                Api.Answer answer = api.put("/api/v1/leads/" + lead, "{\"name\":\"Lead " + lead + " #" + n + "\"}");
                if (answer.status() == 200) {
                    acknowledged.get(lead).add(answer.json().at("/data/version").asLong());
                } else {
                    refusals.merge(answer.status(), 1, Integer::sum);
                }
            }
        }
    }

    /** Stops the clients; returns every acknowledged version per lead, in the order written. */
    Map<String, List<Long>> stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        return Map.copyOf(acknowledged);
    }

    /** Answers other than 200, by status. */
    Map<Integer, Integer> refusals() {
        return Map.copyOf(refusals);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
