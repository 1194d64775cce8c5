package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The use cases every record type shares. A write runs in one transaction: load and lock, check the
 * expected version, apply the domain's change, run the store checks, write the row and its events; so a
 * refused write leaves neither. A record type supplies how one is created and its store checks.
 */
public abstract class RecordService<T extends EditableRecord<T, D>, D, F, S extends Enum<S>>
        implements ManageRecordsUseCase<T, D, F, S> {
    protected final RecordWritePorts ports;
    private final RecordRepository<T, F, S> records;
    private final RecordKind<T> kind;

    protected RecordService(RecordRepository<T, F, S> records, RecordKind<T> kind, RecordWritePorts ports) {
        this.records = Objects.requireNonNull(records);
        this.kind = Objects.requireNonNull(kind);
        this.ports = Objects.requireNonNull(ports);
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
        return ports.transactions().inTransaction(() -> {
            checkWrite(created.record(), null);
            records.insert(created.record());
            ports.outbox().append(kind.toOutbox(created.events()));
            return created.record();
        });
    }

    @Override
    public T get(Actor actor, Id<T> id) {
        return records.findById(actor.workspace(), id).orElseThrow(kind::notFound);
    }

    @Override
    public Page<T> list(Actor actor, ListQuery<F, S> query) {
        return records.list(actor.workspace(), query);
    }

    @Override
    public T update(Actor actor, Id<T> id, D details, ExpectedVersion expectedVersion) {
        actor.requireWriter();
        return ports.transactions().inTransaction(() -> {
            T current = lockCurrent(actor.workspace(), id, expectedVersion);
            Change<T> change = current.update(details, ports.clock().instant());
            if (change.events().isEmpty()) {
                return current;
            }
            checkWrite(change.record(), current);
            records.update(change.record());
            ports.outbox().append(kind.toOutbox(change.events()));
            return change.record();
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
}
