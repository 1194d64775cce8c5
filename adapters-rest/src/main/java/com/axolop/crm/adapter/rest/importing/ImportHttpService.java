package com.axolop.crm.adapter.rest.importing;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.application.importing.ImportView;
import com.axolop.crm.application.importing.ManageImportsUseCase;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * CSV imports: {@code POST /leads/import} and {@code /contacts/import} queue one (202), {@code /imports/{id}} shows
 * its progress, {@code /imports/{id}/errors.csv} lists every refused row, {@code /imports/{id}/cancel} stops it.
 * Registered under /api/v1 ahead of the record resources, so /leads/import is not read as a lead id.
 */
public final class ImportHttpService implements HttpService {
    public static final String PATH = "/api/v1";

    private final ManageImportsUseCase imports;
    private final long maxBytes;
    private final Map<String, List<String>> fields;

    /** {@code fields}: per record type ("leads", "contacts"), the fields its columns can be mapped to. */
    public ImportHttpService(ManageImportsUseCase imports, long maxBytes, Map<String, List<String>> fields) {
        this.imports = Objects.requireNonNull(imports);
        this.maxBytes = maxBytes;
        this.fields = Map.copyOf(fields);
    }

    @Override
    public void routing(HttpRules rules) {
        fields.keySet().forEach(type -> rules.post("/" + type + "/import", (req, res) -> start(type, req, res))
                .any("/" + type + "/import", Responses.methodNotAllowed("POST")));
        rules.get("/imports/{id}", this::get)
                .any("/imports/{id}", Responses.methodNotAllowed("GET"))
                .get("/imports/{id}/errors.csv", this::errors)
                .any("/imports/{id}/errors.csv", Responses.methodNotAllowed("GET"))
                .post("/imports/{id}/cancel", this::cancel)
                .any("/imports/{id}/cancel", Responses.methodNotAllowed("POST"));
    }

    private void start(String type, ServerRequest req, ServerResponse res) {
        var upload = Uploads.of(req, maxBytes, fields.get(type));
        DataImport queued = imports.start(AuthenticationFilter.actor(req), type, upload);
        var data = new LinkedHashMap<String, Object>();
        data.put("import_id", queued.id().toString());
        data.put("status", queued.status().apiName());
        Responses.data(res, Status.ACCEPTED_202, data);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.data(res, Status.OK_200, json(imports.get(AuthenticationFilter.actor(req), id(req))));
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        var actor = AuthenticationFilter.actor(req);
        DataImport cancelled = imports.cancel(actor, id(req));
        Responses.data(res, Status.OK_200, json(imports.get(actor, cancelled.id())));
    }

    /** Every refused row as CSV: row, field, message (spreadsheet-safe, as any export). */
    private void errors(ServerRequest req, ServerResponse res) {
        var actor = AuthenticationFilter.actor(req);
        Id<DataImport> id = id(req);
        imports.get(actor, id);
        res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"");
        try (OutputStream out = res.outputStream();
             CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
            csv.writeRecord("row", "field", "message");
            imports.errors(actor, id, error -> csv.writeRecord(Long.toString(error.row()),
                    error.field() == null ? "" : SpreadsheetSafe.cell(error.field()),
                    SpreadsheetSafe.cell(error.message())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(ImportView view) {
        DataImport i = view.progress();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", i.id().toString());
        json.put("record_type", i.recordType());
        json.put("status", i.status().apiName());
        json.put("on_duplicate", i.options().onDuplicate().name().toLowerCase(Locale.ROOT));
        json.put("dry_run", i.options().dryRun());
        json.put("total_rows", i.totalRows());
        json.put("processed", i.counts().processed());
        json.put("created", i.counts().created());
        json.put("updated", i.counts().updated());
        json.put("skipped", i.counts().skipped());
        json.put("failed", i.counts().failed());
        json.put("errors", view.firstErrors().stream().map(ImportHttpService::json).toList());
        json.put("error", i.error());
        json.put("created_at", i.createdAt().toString());
        json.put("started_at", i.startedAt() == null ? null : i.startedAt().toString());
        json.put("finished_at", i.finishedAt() == null ? null : i.finishedAt().toString());
        return json;
    }

    private static Map<String, Object> json(RowError error) {
        var json = new LinkedHashMap<String, Object>();
        json.put("row", error.row());
        json.put("field", error.field());
        json.put("message", error.message());
        return json;
    }

    private static Id<DataImport> id(ServerRequest req) {
        try {
            return Id.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Import not found");
        }
    }
}
