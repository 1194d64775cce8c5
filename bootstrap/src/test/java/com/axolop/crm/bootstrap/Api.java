package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.openapi.OpenApiConformance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A small HTTP client for the API tests: requests as a client would send them, answers as JSON. */
final class Api {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final String baseUrl;
    private final boolean documented;

    private Api(String token, String baseUrl, boolean documented) {
        this.token = token;
        this.baseUrl = baseUrl;
        this.documented = documented;
    }

    static Api as(String token) {
        return new Api(token, null, true);
    }

    static Api anonymous() {
        return new Api(null, null, true);
    }

    /** The same caller against another instance. */
    Api on(String otherBaseUrl) {
        return new Api(token, otherBaseUrl, true);
    }

    /**
     * The same caller against an instance's management port, which serves health and metrics alone: the OpenAPI
     * document describes the API's port, so these answers are not checked against it.
     */
    Api onManagementPort(String managementUrl) {
        return new Api(token, managementUrl, false);
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Answer post(String path, String json, String... headers) {
        return send(request(path, "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .headers(pairs(headers)));
    }

    Answer put(String path, String json, String... headers) {
        return send(request(path, "Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))
                .headers(pairs(headers)));
    }

    Answer delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    Answer send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(request(path, headers).method(method, body));
    }

    /** Creates a lead and returns its id. */
    String createLead(String json) {
        Answer created = post("/api/v1/leads", json);
        if (created.status() != 201) {
            throw new IllegalStateException("lead not created: " + created.body());
        }
        return created.json().at("/data/id").asText();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create((baseUrl == null ? TestServer.baseUrl() : baseUrl) + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static String[] pairs(String... headers) {
        return headers.length == 0 ? new String[] {"X-Test", "1"} : headers;
    }

    /** Every answer is checked against the OpenAPI document, so every API test also tests the document. */
    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (documented) {
                OpenApiConformance.violation(request.method(), request.uri().getRawPath(), response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body())
                        .ifPresent(violation -> {
                            throw new AssertionError("The answer does not conform to the OpenAPI document: "
                                    + violation);
                        });
            }
            return new Answer(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }
    }
}
