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
 * and list parameters are read. {@code exportColumns} empty means the resource has no export.
 */
public record RecordResource<T extends WorkspaceRecord<T>, D, F, S extends Enum<S>>(
        String path,
        RecordKind<T> kind,
        ManageRecordsUseCase<T, D, F, S> useCases,
        Function<ObjectNode, D> details,
        Function<QueryParams, F> filter,
        Class<S> sortFields,
        Sort<S> defaultSort,
        List<String> exportColumns) {
    public RecordResource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sortFields, "sortFields");
        Objects.requireNonNull(defaultSort, "defaultSort");
        exportColumns = List.copyOf(exportColumns);
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
