package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store of one record type, filtered by {@code F} and sortable by {@code S}. Every method takes the
 * workspace: no record is reachable from another one.
 */
public interface RecordRepository<T extends WorkspaceRecord<T>, F, S extends Enum<S>> {
    void insert(T record);

    /**
     * Inserts every record in as few statements as the store allows (an import's batch): if one is refused (an id
     * or unique value taken: ConflictException), none is stored.
     */
    void insertAll(List<T> records);

    Optional<T> findById(WorkspaceId workspace, Id<T> id);

    /** The workspace's records among {@code ids}, in no particular order; ids it does not hold are skipped. */
    List<T> findAll(WorkspaceId workspace, Collection<Id<T>> ids);

    /** Like {@link #findById} but locks the row until the surrounding transaction ends. */
    Optional<T> findByIdForUpdate(WorkspaceId workspace, Id<T> id);

    /** Stores {@code record}, whose version must be one more than the stored one. */
    void update(T record);

    /** Stores each record's next version as {@link #update} does, in as few statements as the store allows. */
    void updateAll(List<T> records);

    void delete(T record);

    /**
     * One page of the list. With {@code query.after()}, the records that follow that one in the sort order (ties
     * ordered by id); a record that is gone cannot be followed ({@code InvalidFieldException} on "cursor"), and a
     * searched list pages by number only ({@code InvalidFieldException} on "cursor").
     */
    Page<T> list(WorkspaceId workspace, ListQuery<F, S> query);

    /** Feeds every matching record to {@code sink} in order, without holding them all in memory. */
    long forEach(WorkspaceId workspace, F filter, Sort<S> sort, Consumer<T> sink);
}
