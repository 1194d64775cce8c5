package com.axolop.crm.application.importing;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import java.util.function.Consumer;

/** CSV imports: upload one (it runs on the import queue), follow it, read its refused rows, cancel it. */
public interface ManageImportsUseCase {
    int FIRST_ERRORS = 100;

    /** Stores the upload and queues its import into {@code recordType} ("leads", "contacts"). */
    DataImport start(Actor actor, String recordType, ImportUpload upload);

    /** The import with its first {@link #FIRST_ERRORS} refused rows. */
    ImportView get(Actor actor, Id<DataImport> id);

    /** Every refused row, by row. */
    void errors(Actor actor, Id<DataImport> id, Consumer<RowError> sink);

    /** Stops a queued or running import after its current batch (which is undone); a finished one is a conflict. */
    DataImport cancel(Actor actor, Id<DataImport> id);
}
