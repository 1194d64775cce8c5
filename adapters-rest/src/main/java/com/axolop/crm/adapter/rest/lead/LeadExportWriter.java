package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.domain.lead.Lead;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    final class Csv implements LeadExportWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get()
                        .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(Lead lead) {
            Map<String, Object> row = LeadSnapshot.of(lead);
            try {
                for (String column : COLUMNS) {
                    printer.print(cell(row.get(column)));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
            printer.close(true);
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
