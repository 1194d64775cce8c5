package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The use cases every record type shares. A write runs in one transaction: load and lock, check the
 * expected version, apply the domain's change, run the store checks, write the row and its events; so a
 * refused write leaves neither. A record type supplies how one is created, and may hook in store checks
 * ({@link #checkWrite}) and a cache for its reads ({@link RecordCache}).
 */
public abstract class RecordService<T extends EditableRecord<T, D>, D, F, S extends Enum<S>>
        implements ManageRecordsUseCase<T, D, F, S> {
    protected final RecordWritePorts ports;
    private final RecordRepository<T, F, S> records;
    private final RecordKind<T> kind;
    private final RecordCache<F, S> cache;

    protected RecordService(RecordRepository<T, F, S> records, RecordKind<T> kind, RecordWritePorts ports) {
        this(records, kind, ports, RecordCache.none());
    }

    protected RecordService(RecordRepository<T, F, S> records, RecordKind<T> kind, RecordWritePorts ports,
                            RecordCache<F, S> cache) {
        this.records = Objects.requireNonNull(records);
        this.kind = Objects.requireNonNull(kind);
        this.ports = Objects.requireNonNull(ports);
        this.cache = Objects.requireNonNull(cache);
    }

    protected abstract Change<T> created(Id<T> id, Actor actor, D details, Instant now);

    /**
     * Checks that need the store (references, uniqueness), inside the write's transaction; {@code previous}
     * is the stored version an update replaces, null on creation.
     */
    protected void checkWrite(T record, T previous) {
    }

    @Override
    public T create(Actor actor, D details) {
        actor.requireWriter();
        Change<T> created = created(Id.newId(), actor, details, ports.clock().instant());
        ports.transactions().inTransaction(() -> {
            checkWrite(created.record(), null);
            records.insert(created.record());
            ports.outbox().append(kind.toOutbox(created.events()));
            return null;
        });
        invalidateAfterCommit(actor.workspace());
        return created.record();
    }

    @Override
    public RecordView get(Actor actor, Id<T> id) {
        return cache.record(actor.workspace(), id, () -> records.findById(actor.workspace(), id).map(kind::view))
                .orElseThrow(kind::notFound);
    }

    @Override
    public Page<Map<String, Object>> list(Actor actor, ListQuery<F, S> query) {
        return cache.page(actor.workspace(), query,
                () -> records.list(actor.workspace(), query).map(kind.snapshot()));
    }

    @Override
    public T update(Actor actor, Id<T> id, D details, ExpectedVersion expectedVersion) {
        actor.requireWriter();
        return ports.transactions().inTransaction(() -> {
            T current = lockCurrent(actor.workspace(), id, expectedVersion);
            return store(current, current.update(details, ports.clock().instant()));
        });
    }

    @Override
    public void delete(Actor actor, Id<T> id, ExpectedVersion expectedVersion) {
        actor.requireWriter();
        ports.transactions().inTransaction(() -> {
            T current = lockCurrent(actor.workspace(), id, expectedVersion);
            Change<T> deleted = current.delete(ports.clock().instant());
            records.delete(current);
            ports.outbox().append(kind.toOutbox(deleted.events()));
            return null;
        });
        invalidateAfterCommit(actor.workspace());
    }

    @Override
    public long export(Actor actor, F filter, Sort<S> sort, Consumer<T> sink) {
        // One transaction gives a consistent snapshot and lets the store stream from a cursor.
        return ports.transactions().inTransaction(() -> records.forEach(actor.workspace(), filter, sort, sink));
    }

    /** Inside a transaction: the record, locked, if it exists in the workspace at the expected version. */
    protected T lockCurrent(WorkspaceId workspace, Id<T> id, ExpectedVersion expectedVersion) {
        T current = records.findByIdForUpdate(workspace, id).orElseThrow(kind::notFound);
        expectedVersion.check(current.revision().version());
        return current;
    }

    /** Inside a transaction: stores a change of {@code current} (locked) with its events; nothing if none. */
    protected T store(T current, Change<T> change) {
        if (change.events().isEmpty()) {
            return current;
        }
        checkWrite(change.record(), current);
        records.update(change.record());
        ports.outbox().append(kind.toOutbox(change.events()));
        invalidateAfterCommit(current.workspaceId());
        return change.record();
    }

    /**
     * The contract's bulkInsert: creates every item, or with {@code upsert} updates the record {@code byEmail}
     * finds for the item's email (which it locks), each item undone alone if refused.
     */
    protected List<BatchOutcome<T>> batch(Actor actor, List<BatchItem<D>> items, boolean upsert,
                                          Function<D, EmailAddress> email,
                                          BiFunction<WorkspaceId, EmailAddress, Optional<T>> byEmail) {
        actor.requireWriter();
        Function<D, String> lockKey = details -> email.apply(details) == null ? null
                : email.apply(details).value().toLowerCase();
        return Batches.write(ports.transactions(), items, lockKey, item -> {
            EmailAddress key = email.apply(item.details());
            Optional<T> existing = upsert && key != null ? byEmail.apply(actor.workspace(), key) : Optional.empty();
            return Batches.upsert(item.index(), existing,
                    found -> update(actor, found.id(), item.details(), ExpectedVersion.ANY),
                    () -> create(actor, item.details()), record -> record.revision().version());
        });
    }

    /**
     * Refuses a reference to a record that is not in the workspace. Only a new or changed reference is checked:
     * a record keeps a reference to one deleted since (such as the lead a contact came from) through updates.
     */
    protected void requireExisting(T record, T previous, String field, String type, Function<T, Id<?>> reference) {
        Id<?> id = reference.apply(record);
        boolean unchanged = previous != null && id != null && id.equals(reference.apply(previous));
        if (id != null && !unchanged && !ports.references().exists(record.workspaceId(), type, id)) {
            throw new InvalidFieldException(field, "does not exist in this workspace");
        }
    }

    // Inside a transaction the cache is told after the outermost commit, so a rollback leaves it valid.
    private void invalidateAfterCommit(WorkspaceId workspace) {
        ports.transactions().afterCommit(() -> cache.invalidate(workspace));
    }
}
