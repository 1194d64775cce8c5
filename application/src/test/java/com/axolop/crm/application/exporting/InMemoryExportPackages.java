package com.axolop.crm.application.exporting;

import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Test fake of {@link ExportPackages}. */
public class InMemoryExportPackages implements ExportPackages {
    private final Map<Id<DataExport>, DataExport> exports = new ConcurrentHashMap<>();

    @Override
    public void insert(DataExport created) {
        exports.put(created.id(), created);
    }

    @Override
    public Optional<DataExport> find(WorkspaceId workspace, Id<DataExport> id) {
        return Optional.ofNullable(exports.get(id)).filter(found -> found.workspace().equals(workspace));
    }

    @Override
    public boolean start(Id<DataExport> id, Instant now) {
        return change(id, false, e -> new DataExport(e.id(), e.workspace(), e.createdBy(), e.selection(),
                ExportStatus.RUNNING, Map.of(), null, e.createdAt(), now, null));
    }

    @Override
    public void progress(Id<DataExport> id, ExportEntity entity, long rows) {
        change(id, true, e -> {
            var counts = new EnumMap<ExportEntity, Long>(ExportEntity.class);
            counts.putAll(e.rows());
            counts.put(entity, rows);
            return new DataExport(e.id(), e.workspace(), e.createdBy(), e.selection(), e.status(), counts, null,
                    e.createdAt(), e.startedAt(), null);
        });
    }

    @Override
    public boolean finish(Id<DataExport> id, ExportStatus status, String error, Instant now) {
        return change(id, false, e -> new DataExport(e.id(), e.workspace(), e.createdBy(), e.selection(), status,
                e.rows(), error, e.createdAt(), e.startedAt(), now));
    }

    @Override
    public List<Id<DataExport>> createdBefore(Instant cutoff, int limit) {
        return exports.values().stream().filter(e -> e.createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(DataExport::createdAt)).limit(limit).map(DataExport::id).toList();
    }

    @Override
    public void delete(Id<DataExport> id) {
        exports.remove(id);
    }

    // Applies to an unfinished export (a running one only, when {@code runningOnly}); says whether it did.
    private synchronized boolean change(Id<DataExport> id, boolean runningOnly, UnaryOperator<DataExport> change) {
        DataExport current = exports.get(id);
        if (current == null || current.status().finished()
                || (runningOnly && current.status() != ExportStatus.RUNNING)) {
            return false;
        }
        exports.put(id, change.apply(current));
        return true;
    }
}
