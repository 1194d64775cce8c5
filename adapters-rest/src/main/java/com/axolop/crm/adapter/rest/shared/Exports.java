package com.axolop.crm.adapter.rest.shared;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The export convention of every resource: {@code ?format=csv|json}, streamed as an attachment. */
public final class Exports {
    private Exports() {
    }

    /** The requested format, csv by default; anything else is a field error. */
    public static String format(QueryParams params, FieldErrors errors) {
        String format = params.text("format") == null ? "csv" : params.text("format");
        if (!format.equals("csv") && !format.equals("json")) {
            errors.add("format", "must be csv or json");
        }
        return format;
    }

    /**
     * Streams what {@code producer} feeds (reading on its own thread, see {@link Pipeline}) to the client
     * as {@code <name>-<date>.<format>}, within the {@link ExportGate}'s limits when one is in front.
     */
    public static <T> void stream(ServerRequest req, ServerResponse res, String name, String format, List<String> header,
                                  Function<T, String[]> cells, Function<T, Object> toJson,
                                  Consumer<Consumer<T>> producer) {
        String file = name + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format;
        boolean csv = format.equals("csv");
        res.header(HeaderNames.CONTENT_TYPE, csv ? "text/csv; charset=utf-8" : "application/json");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        try (OutputStream out = watched(req, res);
             ExportWriter<T> writer = csv ? ExportWriter.csv(out, header, cells) : ExportWriter.json(out, toJson)) {
            Pipeline.run(producer, writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // With an ExportGate in front, every write the client takes is reported to it (see its write timeout).
    private static OutputStream watched(ServerRequest req, ServerResponse res) {
        OutputStream out = res.outputStream();
        return req.context().get(ExportGate.Running.class).map(run -> run.watch(out)).orElse(out);
    }

    /** CSV cells of a published record shape, by column: lists joined with ";", objects as JSON. */
    public static <T> Function<T, String[]> snapshotCells(List<String> columns, Function<T, Map<String, Object>> snapshot) {
        return record -> {
            Map<String, Object> values = snapshot.apply(record);
            return columns.stream().map(column -> cell(values.get(column))).toArray(String[]::new);
        };
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> SpreadsheetSafe.cell(text);
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case Collection<?> items -> SpreadsheetSafe.cell(items.stream().map(item -> item instanceof Map<?, ?>
                    ? json(item)
                    : String.valueOf(item)).collect(Collectors.joining(";")));
            default -> SpreadsheetSafe.cell(json(value));
        };
    }

    private static String json(Object value) {
        return new String(Json.bytes(value), StandardCharsets.UTF_8);
    }
}
