package com.axolop.crm.domain.exporting;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One export package: its ZIP is the stored file of the same id once completed. {@code rows} counts what each entity
 * has written so far; {@code error} says why a failed export stopped.
 */
public record DataExport(Id<DataExport> id, WorkspaceId workspace, UserId createdBy, ExportSelection selection,
                         ExportStatus status, Map<ExportEntity, Long> rows, String error, Instant createdAt,
                         Instant startedAt, Instant finishedAt) {
    public DataExport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(status, "status");
        var copied = new EnumMap<ExportEntity, Long>(ExportEntity.class);
        copied.putAll(rows);
        rows = Collections.unmodifiableMap(copied);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static DataExport queued(Id<DataExport> id, WorkspaceId workspace, UserId createdBy,
                                    ExportSelection selection, Instant now) {
        return new DataExport(id, workspace, createdBy, selection, ExportStatus.QUEUED, Map.of(), null, now, null,
                null);
    }
}
