package com.axolop.crm.adapter.rest.importing;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.application.importing.ImportReader;
import com.axolop.crm.application.importing.ImportRow;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A record type's CSV import, the mirror of its CSV export: the same columns (server-owned ones are ignored), lists
 * joined with ";", objects as JSON, and the apostrophe the export puts before formula-like text removed. Each row
 * becomes the JSON body a POST would send and is read by the same reader, so a row is checked as a POST is.
 */
public final class CsvImportReader<D> implements ImportReader<D> {
    /** How a column's text becomes JSON; text by default. */
    public enum Cell { NUMBER, LIST, OBJECT }

    private static final Set<String> SERVER_OWNED = Set.of("id", "workspace_id", "created_by", "created_at",
            "updated_at", "version");

    private final Function<ObjectNode, D> details;
    private final List<String> fields;
    private final Map<String, Cell> cells;

    public CsvImportReader(Function<ObjectNode, D> details, List<String> exportColumns, Map<String, Cell> cells) {
        this.details = details;
        this.fields = exportColumns.stream().filter(column -> !SERVER_OWNED.contains(column)).toList();
        this.cells = Map.copyOf(cells);
    }

    /** The fields a column can be mapped to. */
    public List<String> fields() {
        return fields;
    }

    @Override
    public long count(InputStream file) {
        try (CsvReader<CsvRecord> csv = csv(file)) {
            return Math.max(0, csv.stream().count() - 1);
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Rows<D> open(InputStream file, Map<String, String> mapping) {
        CsvReader<CsvRecord> csv;
        try {
            csv = csv(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
        Iterator<CsvRecord> records = csv.iterator();
        if (!next(records)) {
            throw new InvalidFieldException("file", "is empty: the first line must name the columns");
        }
        Map<Integer, String> columns = columns(records.next().getFields(), mapping);
        return new Rows<>() {
            private long row = 1;

            @Override
            public boolean hasNext() {
                return CsvImportReader.next(records);
            }

            @Override
            public ImportRow<D> next() {
                CsvRecord record = records.next();
                row++;
                try {
                    return new ImportRow<>(row, details.apply(body(record, columns)), List.of());
                } catch (ApiException refused) {
                    return new ImportRow<>(row, null, refused.errors());
                }
            }

            @Override
            public void close() {
                try {
                    csv.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Column index -> field: as mapped, else each column named like a field (case-insensitive). */
    private Map<Integer, String> columns(List<String> header, Map<String, String> mapping) {
        var columns = new LinkedHashMap<Integer, String>();
        if (mapping.isEmpty()) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (fields.contains(name)) {
                    columns.putIfAbsent(i, name);
                }
            }
            if (columns.isEmpty()) {
                throw new InvalidFieldException("file", "has no column named like a field (" + String.join(", ", fields)
                        + "); send a mapping");
            }
        }
        mapping.forEach((column, field) -> {
            int index = indexOf(header, column);
            if (index < 0) {
                throw new InvalidFieldException("mapping", "names column " + column + ", which the file does not have");
            }
            columns.put(index, field);
        });
        return columns;
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        return -1;
    }

    private ObjectNode body(CsvRecord record, Map<Integer, String> columns) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        columns.forEach((index, field) -> {
            String text = index < record.getFieldCount() ? SpreadsheetSafe.restore(record.getField(index)) : "";
            if (!text.isBlank()) {
                body.set(field, json(field, text));
            }
        });
        return body;
    }

    // A cell that is not of its column's kind stays text, so the reader reports it like a wrong JSON type.
    private JsonNode json(String field, String text) {
        Cell cell = cells.get(field);
        if (cell == Cell.NUMBER) {
            try {
                return Json.MAPPER.getNodeFactory().numberNode(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return Json.MAPPER.getNodeFactory().textNode(text);
            }
        }
        if (cell == Cell.LIST) {
            ArrayNode items = Json.MAPPER.createArrayNode();
            Arrays.stream(text.split(";")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
            return items;
        }
        if (cell == Cell.OBJECT) {
            try {
                return Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                return Json.MAPPER.getNodeFactory().textNode(text);
            }
        }
        return Json.MAPPER.getNodeFactory().textNode(text);
    }

    private static CsvReader<CsvRecord> csv(InputStream file) throws IOException {
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(Utf8.reader(file));
    }

    private static boolean next(Iterator<CsvRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    private static InvalidFieldException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return new InvalidFieldException("file", cause instanceof CharacterCodingException
                ? Utf8.NOT_UTF8 : "is not valid CSV: " + cause.getMessage());
    }
}
