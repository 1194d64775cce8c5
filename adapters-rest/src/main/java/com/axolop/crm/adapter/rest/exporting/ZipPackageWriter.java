package com.axolop.crm.adapter.rest.exporting;

import com.axolop.crm.adapter.rest.shared.ExportWriter;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.Pipeline;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.application.exporting.PackageWriter;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportFormat;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An export package as a ZIP: one file per entity ({@code leads.csv}, or {@code .json}), written by the same
 * {@link ExportWriter} and cells as the resource's own export, then {@code manifest.json} (generated_at, format,
 * counts and filters per entity). Records stream from each resource's export (through a {@link Pipeline}) into the
 * ZIP, so memory stays flat whatever the row count.
 */
public final class ZipPackageWriter implements PackageWriter {
    public static final String MANIFEST = "manifest.json";

    private final PackageEntities entities;

    public ZipPackageWriter(PackageEntities entities) {
        this.entities = Objects.requireNonNull(entities);
    }

    @Override
    public Map<ExportEntity, Long> write(Actor actor, ExportSelection selection, Instant generatedAt,
                                         OutputStream out, Progress progress) {
        Map<ExportEntity, Long> counts = new EnumMap<>(ExportEntity.class);
        try (var zip = new ZipOutputStream(out)) {
            for (ExportEntity entity : selection.entities()) {
                zip.putNextEntry(new ZipEntry(entity.apiName() + "." + selection.format().apiName()));
                counts.put(entity, writeEntity(entities.resource(entity), actor, selection, entity,
                        new KeepOpen(zip), progress));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(Json.bytes(manifest(selection, generatedAt, counts)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static <T extends WorkspaceRecord<T>, F> long writeEntity(RecordResource<T, ?, F, ?> resource,
                                                                      Actor actor, ExportSelection selection,
                                                                      ExportEntity entity, OutputStream out,
                                                                      Progress progress) throws IOException {
        var errors = new FieldErrors();
        F filter = PackageEntities.filter(resource, selection.filter(entity), errors, "");
        // Checked when the export was asked for; a filter refused now means the resource changed its rules.
        errors.throwIfAny();
        long[] rows = {0};
        try (ExportWriter<T> writer = selection.format() == ExportFormat.CSV
                ? ExportWriter.csv(out, resource.exportColumns(), resource.exportCells())
                : ExportWriter.json(out, resource::snapshot)) {
            // Read on the pipeline's own thread and transaction: the package's chunks and progress, written on this
            // one, commit as they go rather than with the read.
            Pipeline.<T>run(sink -> exportAll(resource, actor, filter, sink), record -> {
                writer.write(record);
                progress.rows(entity, ++rows[0]);
            });
        }
        return rows[0];
    }

    private static <T extends WorkspaceRecord<T>, F, S extends Enum<S>> void exportAll(
            RecordResource<T, ?, F, S> resource, Actor actor, F filter, Consumer<T> sink) {
        resource.useCases().export(actor, filter, resource.defaultSort(), sink);
    }

    private static Map<String, Object> manifest(ExportSelection selection, Instant generatedAt,
                                                Map<ExportEntity, Long> counts) {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("generated_at", generatedAt.toString());
        manifest.put("format", selection.format().apiName());
        var files = new LinkedHashMap<String, Object>();
        var filters = new LinkedHashMap<String, Object>();
        var countsByName = new LinkedHashMap<String, Object>();
        for (ExportEntity entity : selection.entities()) {
            files.put(entity.apiName(), entity.apiName() + "." + selection.format().apiName());
            countsByName.put(entity.apiName(), counts.get(entity));
            filters.put(entity.apiName(), selection.filter(entity));
        }
        manifest.put("files", files);
        manifest.put("counts", countsByName);
        manifest.put("filters", filters);
        return manifest;
    }

    // Each entity's writer closes what it writes to; the ZIP must stay open for the next entry.
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
