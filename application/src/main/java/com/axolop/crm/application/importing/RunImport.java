package com.axolop.crm.application.importing;

import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.port.FileStore;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Id;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs an import job. Each batch of rows commits with the import's counts, so a run that stops (a crash, a lost
 * lease) is started again by the queue and resumes after the last committed batch: no row is written twice or
 * skipped. A dry run undoes each batch's writes and keeps only its counts (with skip, it keeps the emails it has
 * read in memory, to count a repeat in a later batch as the real run would). The queue runs an import once
 * (the contract's queueImport(data, {attempts: 1})): a file that cannot be read fails the import, not the job.
 */
public class RunImport implements JobHandler {
    public static final int BATCH_ROWS = 500;
    private static final System.Logger LOG = System.getLogger(RunImport.class.getName());

    private final Imports imports;
    private final FileStore files;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Map<String, ImportTarget<?>> targets;

    public RunImport(Imports imports, FileStore files, TransactionRunner transactions, Clock clock,
                     List<ImportTarget<?>> targets) {
        this.imports = Objects.requireNonNull(imports);
        this.files = Objects.requireNonNull(files);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.targets = targets.stream().collect(Collectors.toUnmodifiableMap(ImportTarget::recordType,
                Function.identity()));
    }

    public Set<String> recordTypes() {
        return targets.keySet();
    }

    @Override
    public void handle(Job job) {
        Id<DataImport> id = Id.parse((String) job.payload().get("import_id"));
        DataImport found = imports.find(job.workspace(), id).orElse(null);
        if (found == null || found.status().finished()) {
            return;
        }
        try {
            run(targets.get(found.recordType()), found);
        } catch (Refusal unreadable) {
            imports.finish(id, ImportStatus.FAILED, unreadable.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Import " + id + " failed", e);
            imports.finish(id, ImportStatus.FAILED, "The import stopped on an internal error", clock.instant());
            throw e;
        }
    }

    private <D> void run(ImportTarget<D> target, DataImport found) {
        long total = found.totalRows() != null ? found.totalRows()
                : target.reader().count(files.open(found.id().value()));
        if (!imports.start(found.id(), total, clock.instant())) {
            return;
        }
        // The job runs as the user who uploaded the file; that they may write was checked then.
        Actor actor = new Actor(found.workspace(), found.createdBy(), Role.MEMBER);
        long done = found.counts().processed();
        try (InputStream file = files.open(found.id().value());
             ImportReader.Rows<D> rows = target.reader().open(file, found.options().mapping())) {
            long read = 0;
            // A dry run undoes each batch, so the store cannot tell a later batch which emails came before.
            Set<String> undone = new HashSet<>();
            Supplier<ImportBatch<D>> next = () -> new ImportBatch<>(target, actor, found.options().onDuplicate(),
                    found.options().dryRun() ? undone : new HashSet<>());
            ImportBatch<D> batch = next.get();
            while (rows.hasNext()) {
                ImportRow<D> row = rows.next();
                if (read++ < done) {
                    continue;
                }
                batch.add(row);
                if (batch.size() == BATCH_ROWS) {
                    if (!commit(found, batch)) {
                        return;
                    }
                    batch = next.get();
                }
            }
            if (batch.size() > 0 && !commit(found, batch)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imports.finish(found.id(), ImportStatus.COMPLETED, null, clock.instant());
    }

    /** The batch's writes and the import's counts in one transaction; false when the import was cancelled. */
    private boolean commit(DataImport found, ImportBatch<?> batch) {
        try {
            return transactions.inTransaction(() -> {
                if (found.options().dryRun()) {
                    dryRun(batch);
                } else {
                    batch.write();
                }
                if (!imports.recordBatch(found.id(), batch.counts(), batch.errors())) {
                    throw new Cancelled();
                }
                return true;
            });
        } catch (Cancelled cancelled) {
            return false;
        }
    }

    // The writes run (so the store's checks count) in a savepoint that is then undone.
    private void dryRun(ImportBatch<?> batch) {
        try {
            transactions.inSavepoint(() -> {
                batch.write();
                throw new Undo();
            });
        } catch (Undo undone) {
            // only the counts stay
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static final class Undo extends RuntimeException {
        Undo() {
            super(null, null, false, false);
        }
    }
}
