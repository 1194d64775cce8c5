package com.axolop.crm.application.exporting;

import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Export packages. The state changes apply only to an unfinished export, and say whether they did. */
public interface ExportPackages {
    void insert(DataExport created);

    Optional<DataExport> find(WorkspaceId workspace, Id<DataExport> id);

    /** Running from now with no rows written (a run started again writes its package anew). */
    boolean start(Id<DataExport> id, Instant now);

    /** The rows {@code entity} has written so far. */
    void progress(Id<DataExport> id, ExportEntity entity, long rows);

    /** Completed or failed ({@code error} says why), if it is still running. */
    boolean finish(Id<DataExport> id, ExportStatus status, String error, Instant now);

    /** Exports created before {@code cutoff}, at most {@code limit} of them. */
    List<Id<DataExport>> createdBefore(Instant cutoff, int limit);

    void delete(Id<DataExport> id);
}
