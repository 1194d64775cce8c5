package com.axolop.crm.application.exporting;

import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.FileStore;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The export package use cases. Any member of the workspace may export, viewers too: a package holds only what the
 * caller may already read (and list and export per resource); it changes no record.
 */
public class ExportService implements ManageExportsUseCase {
    public static final String JOB = "package";
    private static final int PURGE_BATCH = 100;

    private final ExportPackages exports;
    private final FileStore files;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Duration retention;

    public ExportService(ExportPackages exports, FileStore files, JobQueue jobs,
                         TransactionRunner transactions, Clock clock, Duration retention) {
        this.exports = Objects.requireNonNull(exports);
        this.files = Objects.requireNonNull(files);
        this.jobs = Objects.requireNonNull(jobs);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.retention = Objects.requireNonNull(retention);
    }

    @Override
    public DataExport start(Actor actor, ExportSelection selection) {
        DataExport queued = DataExport.queued(Id.newId(), actor.workspace(), actor.user(), selection, clock.instant());
        return transactions.inTransaction(() -> {
            exports.insert(queued);
            jobs.enqueue(JobRequest.of(actor.workspace(), QueueName.EXPORT, JOB,
                    Map.of("export_id", queued.id().toString())));
            return queued;
        });
    }

    @Override
    public DataExport get(Actor actor, Id<DataExport> id) {
        return exports.find(actor.workspace(), id).orElseThrow(() -> new NotFoundException("Export not found"));
    }

    @Override
    public PackageDownload download(Actor actor, Id<DataExport> id) {
        DataExport found = get(actor, id);
        if (found.status() != ExportStatus.COMPLETED) {
            throw new ConflictException("The export is " + found.status().apiName() + ", not ready to download", null);
        }
        return new PackageDownload(files.size(id.value()), files.open(id.value()));
    }

    /** Deletes the packages older than the retention, with their files; returns how many. */
    public int purgeExpired() {
        int purged = 0;
        List<Id<DataExport>> expired;
        do {
            expired = exports.createdBefore(clock.instant().minus(retention), PURGE_BATCH);
            for (Id<DataExport> id : expired) {
                // The file first: a crash in between leaves an export whose download is empty, not a lost file.
                files.delete(id.value());
                exports.delete(id);
            }
            purged += expired.size();
        } while (expired.size() == PURGE_BATCH);
        return purged;
    }
}
