package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.domain.lead.Lead;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes leads one at a time as CSV or as a JSON array, so an export never holds all rows in memory. */
sealed interface LeadExportWriter extends Closeable {
    List<String> COLUMNS = List.of("id", "name", "email", "phone", "company", "type", "status", "value", "currency",
            "source", "notes", "tags", "custom_fields", "assigned_to", "created_by", "created_at", "updated_at",
            "version");

    void write(Lead lead);

    static LeadExportWriter csv(OutputStream out) {
        return new Csv(out);
    }

    static LeadExportWriter json(OutputStream out) {
        return new JsonArray(out);
    }

    /** RFC 4180 CSV through FastCSV, which quotes and escapes; cells are made spreadsheet-safe first. */
    final class Csv implements LeadExportWriter {
        private static final int BUFFER = 64 * 1024;
        private final CsvWriter csv;

        Csv(OutputStream out) {
            csv = CsvWriter.builder().bufferSize(BUFFER).autoFlush(false).build(out, StandardCharsets.UTF_8);
            csv.writeRecord(COLUMNS);
        }

        @Override
        public void write(Lead lead) {
            Map<String, Object> row = LeadSnapshot.of(lead);
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (String column : COLUMNS) {
                cells.add(cell(row.get(column)));
            }
            csv.writeRecord(cells);
        }

        private static String cell(Object value) {
            String text = switch (value) {
                case null -> "";
                case List<?> list -> String.join(";", list.stream().map(String::valueOf).toList());
                case com.axolop.crm.domain.shared.CustomFields fields -> fields.json();
                case java.math.BigDecimal amount -> amount.toPlainString();
                default -> value.toString();
            };
            return SpreadsheetSafe.cell(text);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    final class JsonArray implements LeadExportWriter {
        private final JsonGenerator generator;

        JsonArray(OutputStream out) {
            try {
                generator = Json.MAPPER.createGenerator(out);
                generator.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(Lead lead) {
            try {
                generator.writeObject(LeadSnapshot.of(lead));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            generator.writeEndArray();
            generator.close();
        }
    }
}
