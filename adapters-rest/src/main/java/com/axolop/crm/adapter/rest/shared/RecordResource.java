package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One record type as a REST resource: its kind (published shape, 404 message), its use cases, and how its JSON
 * and list parameters are read. {@code exportColumns} empty means the resource has no export; {@code exportCells}
 * writes a record as those CSV cells (by default from its published shape).
 */
public record RecordResource<T extends WorkspaceRecord<T>, D, F, S extends Enum<S>>(
        String path,
        RecordKind<T> kind,
        ManageRecordsUseCase<T, D, F, S> useCases,
        Function<ObjectNode, D> details,
        Function<QueryParams, F> filter,
        Class<S> sortFields,
        Sort<S> defaultSort,
        List<String> exportColumns,
        Function<T, String[]> exportCells) {
    public RecordResource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sortFields, "sortFields");
        Objects.requireNonNull(defaultSort, "defaultSort");
        exportColumns = List.copyOf(exportColumns);
        Objects.requireNonNull(exportCells, "exportCells");
    }

    /** A resource whose export rows are its published shape's {@code exportColumns}. */
    public RecordResource(String path, RecordKind<T> kind, ManageRecordsUseCase<T, D, F, S> useCases,
                          Function<ObjectNode, D> details, Function<QueryParams, F> filter, Class<S> sortFields,
                          Sort<S> defaultSort, List<String> exportColumns) {
        this(path, kind, useCases, details, filter, sortFields, defaultSort, exportColumns,
                Exports.snapshotCells(exportColumns, kind.snapshot()));
    }

    /** The record's published shape: the API body, and its events' payload. */
    public Map<String, Object> snapshot(T record) {
        return kind.snapshot().apply(record);
    }

    /** The path below /api/v1 with '-' for '/' (contacts, calendar-events): the name of export files. */
    public String name() {
        return path.replaceFirst("^/api/v\\d+/", "").replace('/', '-');
    }
}
