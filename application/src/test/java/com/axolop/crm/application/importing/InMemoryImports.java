package com.axolop.crm.application.importing;

import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Test fake of {@link Imports}. */
public class InMemoryImports implements Imports {
    private final Map<Id<DataImport>, DataImport> imports = new ConcurrentHashMap<>();
    private final Map<Id<DataImport>, List<RowError>> errors = new ConcurrentHashMap<>();

    @Override
    public void insert(DataImport created) {
        imports.put(created.id(), created);
    }

    @Override
    public Optional<DataImport> find(WorkspaceId workspace, Id<DataImport> id) {
        return Optional.ofNullable(imports.get(id)).filter(found -> found.workspace().equals(workspace));
    }

    @Override
    public boolean start(Id<DataImport> id, long totalRows, Instant now) {
        return change(id, false, i -> new DataImport(i.id(), i.workspace(), i.createdBy(), i.recordType(),
                i.options(), ImportStatus.RUNNING, totalRows, i.counts(), null, i.createdAt(),
                i.startedAt() == null ? now : i.startedAt(), null));
    }

    @Override
    public synchronized boolean recordBatch(Id<DataImport> id, ImportCounts batch, List<RowError> refused) {
        boolean running = change(id, true, i -> new DataImport(i.id(), i.workspace(), i.createdBy(), i.recordType(),
                i.options(), i.status(), i.totalRows(), i.counts().plus(batch), null, i.createdAt(), i.startedAt(),
                null));
        if (running) {
            errors.computeIfAbsent(id, key -> new ArrayList<>()).addAll(refused);
        }
        return running;
    }

    @Override
    public boolean finish(Id<DataImport> id, ImportStatus status, String error, Instant now) {
        return change(id, false, i -> withStatus(i, status, error, now));
    }

    @Override
    public boolean cancel(WorkspaceId workspace, Id<DataImport> id, Instant now) {
        return find(workspace, id).isPresent()
                && change(id, false, i -> withStatus(i, ImportStatus.CANCELLED, null, now));
    }

    @Override
    public List<RowError> errors(WorkspaceId workspace, Id<DataImport> id, int limit) {
        return find(workspace, id).isEmpty() ? List.of() : sorted(id).stream().limit(limit).toList();
    }

    @Override
    public void forEachError(WorkspaceId workspace, Id<DataImport> id, Consumer<RowError> sink) {
        if (find(workspace, id).isPresent()) {
            sorted(id).forEach(sink);
        }
    }

    private List<RowError> sorted(Id<DataImport> id) {
        return errors.getOrDefault(id, List.of()).stream().sorted(Comparator.comparingLong(RowError::row)).toList();
    }

    private synchronized boolean change(Id<DataImport> id, boolean onlyRunning, UnaryOperator<DataImport> change) {
        DataImport current = imports.get(id);
        boolean applies = current != null && (onlyRunning ? current.status() == ImportStatus.RUNNING
                : !current.status().finished());
        if (applies) {
            imports.put(id, change.apply(current));
        }
        return applies;
    }

    private static DataImport withStatus(DataImport i, ImportStatus status, String error, Instant now) {
        return new DataImport(i.id(), i.workspace(), i.createdBy(), i.recordType(), i.options(), status, i.totalRows(),
                i.counts(), error, i.createdAt(), i.startedAt(), now);
    }
}
