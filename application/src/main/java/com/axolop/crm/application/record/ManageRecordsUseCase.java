package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.function.Consumer;

/** The operations every record type offers: create, read, list, full update, delete and export. */
public interface ManageRecordsUseCase<T, D, F, S extends Enum<S>> {
    T create(Actor actor, D details);

    /** The record as clients see it (possibly from a cache, never older than the last committed write). */
    RecordView get(Actor actor, Id<T> id);

    /** One page of the records' published fields. */
    Page<Map<String, Object>> list(Actor actor, ListQuery<F, S> query);

    /** Replaces the record's details; an identical update changes nothing and emits nothing. */
    T update(Actor actor, Id<T> id, D details, ExpectedVersion expectedVersion);

    void delete(Actor actor, Id<T> id, ExpectedVersion expectedVersion);

    /** Streams the matching records to {@code sink} in one read transaction; returns how many were sent. */
    long export(Actor actor, F filter, Sort<S> sort, Consumer<T> sink);
}
