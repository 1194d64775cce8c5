package com.axolop.crm.application.importing;

import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Imports and their refused rows. The state changes apply only to an unfinished import, and say whether they did. */
public interface Imports {
    void insert(DataImport created);

    Optional<DataImport> find(WorkspaceId workspace, Id<DataImport> id);

    /** Running from now (or since its first start) with {@code totalRows}. */
    boolean start(Id<DataImport> id, long totalRows, Instant now);

    /** Adds a batch's counts and refused rows to a running import (in the batch's transaction). */
    boolean recordBatch(Id<DataImport> id, ImportCounts batch, List<RowError> errors);

    /** Completed or failed ({@code error} says why), if it is still running. */
    boolean finish(Id<DataImport> id, ImportStatus status, String error, Instant now);

    /** Cancelled, if it is queued or running. */
    boolean cancel(WorkspaceId workspace, Id<DataImport> id, Instant now);

    /** The first refused rows, by row. */
    List<RowError> errors(WorkspaceId workspace, Id<DataImport> id, int limit);

    /** Every refused row, by row, streamed. */
    void forEachError(WorkspaceId workspace, Id<DataImport> id, Consumer<RowError> sink);
}
