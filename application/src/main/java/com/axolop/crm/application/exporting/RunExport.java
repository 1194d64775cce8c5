package com.axolop.crm.application.exporting;

import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.port.FileStore;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Id;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

/**
 * Runs an export job: the package is written into the file store under the export's id, and the export completes
 * only once the whole file is stored. A run that stops (a crash, a lost lease) is started again by the queue and
 * writes the package anew over whatever part the stopped one stored.
 */
public class RunExport implements JobHandler {
    /** Progress is saved at most this often (in rows of one entity), not per row. */
    public static final long PROGRESS_EVERY = 10_000;
    private static final System.Logger LOG = System.getLogger(RunExport.class.getName());

    private final ExportPackages exports;
    private final FileStore files;
    private final PackageWriter writer;
    private final Clock clock;

    public RunExport(ExportPackages exports, FileStore files, PackageWriter writer, Clock clock) {
        this.exports = Objects.requireNonNull(exports);
        this.files = Objects.requireNonNull(files);
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void handle(Job job) {
        Id<DataExport> id = Id.parse((String) job.payload().get("export_id"));
        DataExport found = exports.find(job.workspace(), id).orElse(null);
        if (found == null || found.status().finished() || !exports.start(id, clock.instant())) {
            return;
        }
        files.delete(id.value());
        // The package is read as the user who asked for it; viewers may export (see ExportService).
        Actor actor = new Actor(found.workspace(), found.createdBy(), Role.VIEWER);
        try (OutputStream out = files.create(id.value())) {
            writer.write(actor, found.selection(), clock.instant(), out, (entity, rows) -> {
                if (rows % PROGRESS_EVERY == 0) {
                    exports.progress(id, entity, rows);
                }
            }).forEach((entity, rows) -> exports.progress(id, entity, rows));
        } catch (Refusal refused) {
            exports.finish(id, ExportStatus.FAILED, refused.getMessage(), clock.instant());
            return;
        } catch (IOException e) {
            fail(id, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            fail(id, e);
            throw e;
        }
        exports.finish(id, ExportStatus.COMPLETED, null, clock.instant());
    }

    private void fail(Id<DataExport> id, Exception e) {
        LOG.log(Level.ERROR, "Export " + id + " failed", e);
        exports.finish(id, ExportStatus.FAILED, "The export stopped on an internal error", clock.instant());
    }
}
