package com.axolop.crm.application.importing;

import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.FileStore;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportOptions;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** The import use cases. The file, the import and its job commit together: a refused upload leaves none of them. */
public class ImportService implements ManageImportsUseCase {
    public static final String JOB = "csv";

    private final Imports imports;
    private final FileStore files;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Set<String> recordTypes;

    public ImportService(Imports imports, FileStore files, JobQueue jobs, TransactionRunner transactions, Clock clock,
                         Set<String> recordTypes) {
        this.imports = Objects.requireNonNull(imports);
        this.files = Objects.requireNonNull(files);
        this.jobs = Objects.requireNonNull(jobs);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.recordTypes = Set.copyOf(recordTypes);
    }

    @Override
    public DataImport start(Actor actor, String recordType, ImportUpload upload) {
        actor.requireWriter();
        if (!recordTypes.contains(recordType)) {
            throw new IllegalArgumentException("No import into " + recordType);
        }
        Id<DataImport> id = Id.newId();
        return transactions.inTransaction(() -> {
            ImportOptions options;
            try (OutputStream file = files.create(id.value())) {
                options = upload.writeTo(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DataImport queued = DataImport.queued(id, actor.workspace(), actor.user(), recordType, options,
                    clock.instant());
            imports.insert(queued);
            jobs.enqueue(JobRequest.of(actor.workspace(), QueueName.IMPORT, JOB, Map.of("import_id", id.toString())));
            return queued;
        });
    }

    @Override
    public ImportView get(Actor actor, Id<DataImport> id) {
        DataImport found = find(actor, id);
        return new ImportView(found, imports.errors(actor.workspace(), id, FIRST_ERRORS));
    }

    @Override
    public void errors(Actor actor, Id<DataImport> id, Consumer<RowError> sink) {
        find(actor, id);
        imports.forEachError(actor.workspace(), id, sink);
    }

    @Override
    public DataImport cancel(Actor actor, Id<DataImport> id) {
        actor.requireWriter();
        DataImport found = find(actor, id);
        if (!imports.cancel(actor.workspace(), id, clock.instant())) {
            throw new ConflictException("The import has already " + found.status().apiName(), null);
        }
        return find(actor, id);
    }

    private DataImport find(Actor actor, Id<DataImport> id) {
        return imports.find(actor.workspace(), id).orElseThrow(() -> new NotFoundException("Import not found"));
    }
}
