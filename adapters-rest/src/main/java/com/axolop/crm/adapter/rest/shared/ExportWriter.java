package com.axolop.crm.adapter.rest.shared;

import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Writes records one at a time as CSV or as a JSON array, so an export never holds all rows in memory. */
public sealed interface ExportWriter<T> extends Closeable {
    void write(T record);

    /**
     * RFC 4180 CSV through FastCSV with every cell quoted (a reader that splits on another separator still sees
     * where ours end); {@code cells} must make typed text spreadsheet-safe ({@link SpreadsheetSafe}).
     */
    static <T> ExportWriter<T> csv(OutputStream out, List<String> header, Function<T, String[]> cells) {
        return new Csv<>(out, header, cells);
    }

    static <T> ExportWriter<T> json(OutputStream out, Function<T, Object> toJson) {
        return new JsonArray<>(out, toJson);
    }

    final class Csv<T> implements ExportWriter<T> {
        private static final int BUFFER = 64 * 1024;
        private final CsvWriter csv;
        private final Function<T, String[]> cells;

        Csv(OutputStream out, List<String> header, Function<T, String[]> cells) {
            this.csv = CsvWriter.builder().bufferSize(BUFFER).autoFlush(false)
                    .quoteStrategy(QuoteStrategies.ALWAYS).build(out, StandardCharsets.UTF_8);
            this.cells = cells;
            csv.writeRecord(header);
        }

        @Override
        public void write(T record) {
            csv.writeRecord(cells.apply(record));
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    final class JsonArray<T> implements ExportWriter<T> {
        private final JsonGenerator generator;
        private final Function<T, Object> toJson;

        JsonArray(OutputStream out, Function<T, Object> toJson) {
            this.toJson = toJson;
            try {
                generator = Json.MAPPER.createGenerator(out);
                generator.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(T record) {
            try {
                generator.writeObject(toJson.apply(record));
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
