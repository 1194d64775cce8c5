package com.axolop.crm.application.exporting;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportSelection;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

/**
 * Writes an export package (the file format is the adapter's business): each selected entity's records, read as
 * {@code actor} through its filters, then a manifest, streamed to {@code out}.
 */
public interface PackageWriter {
    /** Returns the rows written per entity; {@code progress} hears each entity's count as it grows. */
    Map<ExportEntity, Long> write(Actor actor, ExportSelection selection, Instant generatedAt, OutputStream out,
                                  Progress progress);

    @FunctionalInterface
    interface Progress {
        void rows(ExportEntity entity, long written);
    }
}
