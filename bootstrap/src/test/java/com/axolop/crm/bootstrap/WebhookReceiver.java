package com.axolop.crm.bootstrap;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP receiver on localhost for webhook tests: keeps every request per path and answers each path with the
 * status its rule gives for the n-th request (200 by default).
 */
final class WebhookReceiver implements AutoCloseable {
    record Request(String path, Map<String, List<String>> headers, String body, long receivedAtNanos) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.getFirst();
        }
    }

    private final HttpServer server;
    private final Map<String, List<Request>> requests = new ConcurrentHashMap<>();
    private final Map<String, IntUnaryOperator> rules = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            var headers = new HashMap<String, List<String>>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            List<Request> seen = requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
            seen.add(new Request(path, headers, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), System.nanoTime()));
            int status = rules.getOrDefault(path, n -> 200).applyAsInt(seen.size());
            byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The URL of {@code path} here. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How {@code path} answers its n-th request (1 for the first). */
    void answer(String path, IntUnaryOperator statusForNth) {
        rules.put(path, statusForNth);
    }

    List<Request> received(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
