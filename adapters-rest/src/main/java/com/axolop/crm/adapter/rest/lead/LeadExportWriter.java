package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.SpreadsheetSafe;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

        /** The columns of {@link #COLUMNS}, in order; text a client typed is made spreadsheet-safe. */
        @Override
        public void write(Lead lead) {
            LeadDetails d = lead.details();
            csv.writeRecord(
                    lead.id().toString(),
                    text(d.name().value()),
                    d.email() == null ? "" : text(d.email().value()),
                    text(d.phone()),
                    text(d.company()),
                    d.type() == null ? "" : d.type().name(),
                    d.status().name(),
                    d.value() == null ? "" : d.value().value().toPlainString(),
                    d.currency().value(),
                    text(d.source()),
                    text(d.notes()),
                    text(String.join(";", d.tags().values())),
                    d.customFields().json(),
                    d.assignedTo() == null ? "" : text(d.assignedTo().value()),
                    text(lead.createdBy().value()),
                    lead.createdAt().toString(),
                    lead.updatedAt().toString(),
                    Long.toString(lead.version()));
        }

        private static String text(String value) {
            return value == null ? "" : SpreadsheetSafe.cell(value);
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
