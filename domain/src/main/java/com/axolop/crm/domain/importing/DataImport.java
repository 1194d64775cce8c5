package com.axolop.crm.domain.importing;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * One CSV file imported into a record type ({@code leads} or {@code contacts}), batch by batch: {@code counts}
 * is what the committed batches did, so a resumed run continues after its last committed row. {@code totalRows}
 * is null until the run has counted them; {@code error} says why a failed import stopped.
 */
public record DataImport(Id<DataImport> id, WorkspaceId workspace, UserId createdBy, String recordType,
                         ImportOptions options, ImportStatus status, Long totalRows, ImportCounts counts, String error,
                         Instant createdAt, Instant startedAt, Instant finishedAt) {
    public DataImport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static DataImport queued(Id<DataImport> id, WorkspaceId workspace, UserId createdBy, String recordType,
                                    ImportOptions options, Instant now) {
        return new DataImport(id, workspace, createdBy, recordType, options, ImportStatus.QUEUED, null,
                ImportCounts.NONE, null, now, null, null);
    }
}
