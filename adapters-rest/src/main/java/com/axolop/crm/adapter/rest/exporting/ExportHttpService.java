package com.axolop.crm.adapter.rest.exporting;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.exporting.ManageExportsUseCase;
import com.axolop.crm.application.exporting.PackageDownload;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportFormat;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.shared.Id;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Export packages: {@code POST /exports} queues one (202), {@code /exports/{id}} shows its progress,
 * {@code /exports/{id}/download} streams the finished ZIP from the file store.
 */
public final class ExportHttpService implements HttpService {
    public static final String PATH = "/api/v1/exports";

    private final ManageExportsUseCase exports;
    private final PackageEntities entities;

    public ExportHttpService(ManageExportsUseCase exports, PackageEntities entities) {
        this.exports = Objects.requireNonNull(exports);
        this.entities = Objects.requireNonNull(entities);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::start)
                .any("/", Responses.methodNotAllowed("POST"))
                .get("/{id}", this::get)
                .any("/{id}", Responses.methodNotAllowed("GET"))
                .get("/{id}/download", this::download)
                .any("/{id}/download", Responses.methodNotAllowed("GET"));
    }

    private void start(ServerRequest req, ServerResponse res) {
        DataExport queued = exports.start(AuthenticationFilter.actor(req), selection(JsonBody.read(req)));
        Responses.data(res, Status.ACCEPTED_202, Map.of("export_id", queued.id().toString(),
                "status", queued.status().apiName()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.data(res, Status.OK_200, json(exports.get(AuthenticationFilter.actor(req), id(req))));
    }

    private void download(ServerRequest req, ServerResponse res) {
        Id<DataExport> id = id(req);
        PackageDownload download = exports.download(AuthenticationFilter.actor(req), id);
        try (InputStream zip = download.content()) {
            res.header(HeaderNames.CONTENT_TYPE, "application/zip");
            res.contentLength(download.size());
            res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"export-" + id + ".zip\"");
            try (OutputStream out = res.outputStream()) {
                zip.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {"entities": [...] or "all", "format": "csv" (default) or "json", "filters": {entity: {param: value}}}. */
    private ExportSelection selection(ObjectNode body) {
        var errors = new FieldErrors();
        List<ExportEntity> chosen = chosen(body.get("entities"), errors);
        JsonNode formatNode = body.get("format");
        ExportFormat format = formatNode == null || formatNode.isNull() ? ExportFormat.CSV
                : ExportFormat.byApiName(formatNode.asText()).orElse(null);
        if (format == null || (formatNode != null && !formatNode.isTextual() && !formatNode.isNull())) {
            errors.add("format", "must be csv or json");
        }
        Map<ExportEntity, Map<String, String>> filters = filters(body.get("filters"), chosen, errors);
        errors.throwIfAny();
        return new ExportSelection(chosen, format, filters);
    }

    private static List<ExportEntity> chosen(JsonNode node, FieldErrors errors) {
        if (node != null && node.isTextual() && node.asText().equals("all")) {
            return Arrays.asList(ExportEntity.values());
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add("entities", "must be \"all\" or a non-empty list of " + names());
            return List.of();
        }
        List<ExportEntity> chosen = new ArrayList<>();
        for (JsonNode item : node) {
            var entity = item.isTextual() ? ExportEntity.byApiName(item.asText()) : Optional.<ExportEntity>empty();
            if (entity.isEmpty()) {
                errors.add("entities", "must each be one of " + names());
                return List.of();
            }
            chosen.add(entity.get());
        }
        return chosen;
    }

    // Each entity's filters are its list route's query parameters, read and checked by its resource.
    private Map<ExportEntity, Map<String, String>> filters(JsonNode node, List<ExportEntity> chosen,
                                                          FieldErrors errors) {
        Map<ExportEntity, Map<String, String>> filters = new EnumMap<>(ExportEntity.class);
        if (node == null || node.isNull()) {
            return filters;
        }
        if (!node.isObject()) {
            errors.add("filters", "must be an object of filters by entity");
            return filters;
        }
        node.properties().forEach(entry -> {
            String prefix = "filters." + entry.getKey() + ".";
            var entity = ExportEntity.byApiName(entry.getKey()).filter(chosen::contains);
            if (entity.isEmpty()) {
                errors.add("filters." + entry.getKey(), "names no exported entity");
            } else if (!entry.getValue().isObject()) {
                errors.add("filters." + entry.getKey(), "must be an object of list filters");
            } else {
                Map<String, String> params = new LinkedHashMap<>();
                entry.getValue().properties().forEach(param -> {
                    if (param.getValue().isValueNode() && !param.getValue().isNull()) {
                        params.put(param.getKey(), param.getValue().asText());
                    } else {
                        errors.add(prefix + param.getKey(), "must be a text, number or boolean");
                    }
                });
                PackageEntities.filter(entities.resource(entity.get()), params, errors, prefix);
                filters.put(entity.get(), params);
            }
        });
        return filters;
    }

    private static String names() {
        return Arrays.stream(ExportEntity.values()).map(ExportEntity::apiName).toList().toString();
    }

    private static Map<String, Object> json(DataExport export) {
        var rows = new LinkedHashMap<String, Object>();
        var filters = new LinkedHashMap<String, Object>();
        for (ExportEntity entity : export.selection().entities()) {
            rows.put(entity.apiName(), export.rows().getOrDefault(entity, 0L));
            filters.put(entity.apiName(), export.selection().filter(entity));
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("id", export.id().toString());
        data.put("status", export.status().apiName());
        data.put("format", export.selection().format().apiName());
        data.put("entities", export.selection().entities().stream().map(ExportEntity::apiName).toList());
        data.put("filters", filters);
        data.put("rows", rows);
        data.put("error", export.error());
        data.put("created_at", export.createdAt().toString());
        data.put("started_at", text(export.startedAt()));
        data.put("finished_at", text(export.finishedAt()));
        return data;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** The {id} path parameter; anything that is not a UUID names no export, so it is a 404. */
    private static Id<DataExport> id(ServerRequest req) {
        try {
            return Id.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Export not found");
        }
    }
}
