package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    // Transactions of grouped creates under way at once: a few keep both cores busy while the rest queue up into
    // the next groups (bench/ab measured the choice).
    private static final int CREATE_SLOTS = 2;
    private static final int MAX_CREATE_GROUP = 200;
    protected final RecordWritePorts ports;
    private final RecordRepository<T, F, S> records;
    private final RecordKind<T> kind;
    private final RecordCache<F, S> cache;
    private final WriteGroups<Change<T>> creates = new WriteGroups<>(CREATE_SLOTS, MAX_CREATE_GROUP, this::createGroup);

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

    /** A write {@link #checkWrites} checks: the record as it will be stored, and the version it replaces or null. */
    public record Write<T>(T record, T previous) {
    }

    /**
     * The store checks of several writes at once (a batch, a group of creates), inside their transaction: for each
     * write in order, its refusal or null. By default {@link #checkWrite} one by one; a record type whose checks
     * can look a whole batch up in one query overrides it, with the same outcome.
     */
    protected List<Refusal> checkWrites(List<Write<T>> writes) {
        List<Refusal> refusals = new ArrayList<>(writes.size());
        for (Write<T> write : writes) {
            try {
                checkWrite(write.record(), write.previous());
                refusals.add(null);
            } catch (InvalidFieldException | ConflictException refusal) {
                refusals.add(refusal);
            }
        }
        return refusals;
    }

    /**
     * A create outside a transaction joins the creates made at the same time ({@link WriteGroups}); one inside a
     * transaction is part of it.
     */
    @Override
    public T create(Actor actor, D details) {
        actor.requireWriter();
        Change<T> created = created(Id.newId(), actor, details, ports.clock().instant());
        if (ports.transactions().transactionOpen()) {
            createOne(created);
        } else {
            creates.write(created);
        }
        return created.record();
    }

    private void createOne(Change<T> created) {
        checkWrite(created.record(), null);
        records.insert(created.record());
        ports.outbox().append(kind.toOutbox(created.events()));
        invalidateAfterCommit(created.record().workspaceId());
    }

    /**
     * Creates of one group in one transaction, each passing the same checks as alone (a refused one fails alone),
     * their rows inserted and their events appended together. If the store refuses that (a value a unique index
     * guards taken twice in the group), that transaction is undone and the group written again in a new one, each
     * create in its own savepoint, so only the refused ones fail. If a commit fails, every create in it fails.
     */
    private void createGroup(List<WriteGroups.Queued<Change<T>>> group) {
        Map<WriteGroups.Queued<Change<T>>, RuntimeException> refused = createGroupOnce(group);
        group.forEach(queued -> {
            RuntimeException refusal = refused.get(queued);
            if (refusal == null) {
                queued.written();
            } else {
                queued.fail(refusal);
            }
        });
    }

    private Map<WriteGroups.Queued<Change<T>>, RuntimeException> createGroupOnce(
            List<WriteGroups.Queued<Change<T>>> group) {
        try {
            return ports.transactions().inTransaction(() -> createTogether(group));
        } catch (ConflictException | InvalidFieldException storeRefused) {
            // A statement was refused, so that transaction was undone whole: no savepoint needed to write again.
            return ports.transactions().inTransaction(() -> createEach(group));
        }
    }

    private Map<WriteGroups.Queued<Change<T>>, RuntimeException> createTogether(
            List<WriteGroups.Queued<Change<T>>> group) {
        Map<WriteGroups.Queued<Change<T>>, RuntimeException> refused = new HashMap<>();
        List<Refusal> refusals = checkWrites(group.stream().map(queued -> new Write<T>(queued.item().record(), null))
                .toList());
        List<T> rows = new ArrayList<>();
        List<RecordEvent<T>> events = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            WriteGroups.Queued<Change<T>> queued = group.get(i);
            if (refusals.get(i) != null) {
                refused.put(queued, refusals.get(i));
            } else {
                rows.add(queued.item().record());
                events.addAll(queued.item().events());
            }
        }
        records.insertAll(rows);
        ports.outbox().append(kind.toOutbox(events));
        rows.stream().map(T::workspaceId).distinct().forEach(this::invalidateAfterCommit);
        return refused;
    }

    private Map<WriteGroups.Queued<Change<T>>, RuntimeException> createEach(List<WriteGroups.Queued<Change<T>>> group) {
        Map<WriteGroups.Queued<Change<T>>, RuntimeException> refused = new HashMap<>();
        for (WriteGroups.Queued<Change<T>> queued : group) {
            try {
                ports.transactions().inSavepoint(() -> {
                    createOne(queued.item());
                    return null;
                });
            } catch (InvalidFieldException | ConflictException refusal) {
                refused.put(queued, refusal);
            }
        }
        return refused;
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

    /** The contract's bulkInsert: at most {@link Batches#MAX_ITEMS} items, written as {@link #writeAll} does. */
    protected List<BatchOutcome<T>> batch(Actor actor, List<BatchItem<D>> items, boolean upsert,
                                          Function<D, EmailAddress> email,
                                          BiFunction<WorkspaceId, Collection<EmailAddress>, Map<String, T>> byEmails) {
        Batches.requireAtMostMaxItems(items);
        return writeAll(actor, items, upsert, email, byEmails);
    }

    /**
     * Creates every item, or with {@code upsert} updates the record {@code byEmails} finds for the item's email
     * (which it locks), in one transaction; an item refused is undone alone. The items pass the same checks and
     * raise the same events as single writes, one by one in memory; their records are then inserted, updated and
     * their events appended together, in as few statements as the store allows. If the store refuses that (a
     * value a unique index guards was taken), the items are written again one by one, each in its own savepoint,
     * so only the refused ones fail.
     */
    protected List<BatchOutcome<T>> writeAll(
            Actor actor, List<BatchItem<D>> items, boolean upsert, Function<D, EmailAddress> email,
            BiFunction<WorkspaceId, Collection<EmailAddress>, Map<String, T>> byEmails) {
        actor.requireWriter();
        var write = new ItemsWrite(actor, upsert, email, byEmails);
        List<BatchItem<D>> ordered = Batches.inLockOrder(items, details -> emailKey(email.apply(details)));
        return ports.transactions().inTransaction(() -> {
            try {
                return ports.transactions().inSavepoint(() -> write.together(ordered));
            } catch (ConflictException | OneByOne refused) {
                return Batches.writeEach(ports.transactions(), ordered, write::one);
            }
        });
    }

    /** One batch write's settings and its two ways of writing. */
    private final class ItemsWrite {
        private final Actor actor;
        private final boolean upsert;
        private final Function<D, EmailAddress> email;
        private final BiFunction<WorkspaceId, Collection<EmailAddress>, Map<String, T>> byEmails;

        ItemsWrite(Actor actor, boolean upsert, Function<D, EmailAddress> email,
                   BiFunction<WorkspaceId, Collection<EmailAddress>, Map<String, T>> byEmails) {
            this.actor = actor;
            this.upsert = upsert;
            this.email = email;
            this.byEmails = byEmails;
        }

        /**
         * Every item checked in memory against the records found for the batch's emails (and the ones earlier items
         * made), then written together. A stored record changed twice would need two version steps in one update:
         * such a batch is written one by one.
         */
        List<BatchOutcome<T>> together(List<BatchItem<D>> ordered) {
            Map<String, T> current = new HashMap<>(upsert ? found(ordered) : Map.of());
            List<Planned<T, D>> planned = new ArrayList<>();
            List<BatchOutcome<T>> outcomes = new ArrayList<>();
            Instant now = ports.clock().instant();
            for (BatchItem<D> item : ordered) {
                String key = emailKey(email.apply(item.details()));
                T existing = key == null ? null : current.get(key);
                try {
                    Change<T> change = existing == null ? created(Id.newId(), actor, item.details(), now)
                            : existing.update(item.details(), now);
                    if (upsert && key != null) {
                        current.put(key, change.record());
                    }
                    planned.add(new Planned<>(item, key, existing, change));
                } catch (InvalidFieldException | ConflictException refusal) {
                    outcomes.add(BatchOutcome.refused(item.index(), refusal));
                }
            }
            List<Planned<T, D>> changing = planned.stream().filter(p -> !p.change().events().isEmpty()).toList();
            List<Refusal> refusals = checkWrites(changing.stream()
                    .map(p -> new Write<>(p.change().record(), p.existing())).toList());
            // By identity: a planned item's record would be hashed field by field.
            Map<Planned<T, D>, Refusal> refused = new IdentityHashMap<>();
            for (int i = 0; i < changing.size(); i++) {
                if (refusals.get(i) != null) {
                    refused.put(changing.get(i), refusals.get(i));
                }
            }
            requireNoLaterItemBuiltOn(refused.keySet(), planned);
            Map<Id<T>, T> inserts = new LinkedHashMap<>();
            Map<Id<T>, T> updates = new LinkedHashMap<>();
            List<RecordEvent<T>> events = new ArrayList<>();
            for (Planned<T, D> p : planned) {
                if (refused.containsKey(p)) {
                    outcomes.add(BatchOutcome.refused(p.item().index(), refused.get(p)));
                    continue;
                }
                T record = p.change().record();
                if (p.existing() == null || inserts.containsKey(record.id())) {
                    inserts.put(record.id(), record);
                } else if (!p.change().events().isEmpty() && updates.put(record.id(), record) != null) {
                    throw new OneByOne();
                }
                events.addAll(p.change().events());
                outcomes.add(BatchOutcome.written(p.item().index(), p.existing() == null ? BatchOutcome.Result.CREATED
                        : p.change().events().isEmpty() ? BatchOutcome.Result.UNCHANGED
                        : BatchOutcome.Result.UPDATED, record));
            }
            records.insertAll(List.copyOf(inserts.values()));
            records.updateAll(List.copyOf(updates.values()));
            ports.outbox().append(kind.toOutbox(events));
            invalidateAfterCommit(actor.workspace());
            return Batches.inRequestOrder(outcomes);
        }

        // With upsert a later item of the same email was planned on a refused item's record: one by one instead.
        private void requireNoLaterItemBuiltOn(Set<Planned<T, D>> refused, List<Planned<T, D>> planned) {
            if (!upsert || refused.isEmpty()) {
                return;
            }
            Set<String> refusedKeys = new HashSet<>();
            refused.forEach(p -> {
                if (p.key() != null) {
                    refusedKeys.add(p.key());
                }
            });
            if (planned.stream().filter(p -> !refused.contains(p)).anyMatch(p -> refusedKeys.contains(p.key()))) {
                throw new OneByOne();
            }
        }

        /** One item as a single write does it (inside the batch's transaction). */
        BatchOutcome<T> one(BatchItem<D> item) {
            EmailAddress address = email.apply(item.details());
            Optional<T> existing = upsert && address != null
                    ? Optional.ofNullable(byEmails.apply(actor.workspace(), List.of(address)).get(emailKey(address)))
                    : Optional.empty();
            return Batches.upsert(item.index(), existing,
                    found -> update(actor, found.id(), item.details(), ExpectedVersion.ANY),
                    () -> create(actor, item.details()), record -> record.revision().version());
        }

        private Map<String, T> found(List<BatchItem<D>> items) {
            List<EmailAddress> emails = items.stream().map(item -> email.apply(item.details()))
                    .filter(Objects::nonNull).toList();
            return emails.isEmpty() ? Map.of() : byEmails.apply(actor.workspace(), emails);
        }
    }

    private static String emailKey(EmailAddress email) {
        return email == null ? null : email.value().toLowerCase(Locale.ROOT);
    }

    /** An item of a batch with the change planned for it, before the store checks. */
    private record Planned<T, D>(BatchItem<D> item, String key, T existing, Change<T> change) {
    }

    /** A batch that cannot be written together: it is written one item at a time. */
    private static final class OneByOne extends RuntimeException {
        OneByOne() {
            super(null, null, false, false);
        }
    }

    /**
     * Refuses a reference to a record that is not in the workspace. Only a new or changed reference is checked:
     * a record keeps a reference to one deleted since (such as the lead a contact came from) through updates.
     */
    protected void requireExisting(T record, T previous, String field, String type, Function<T, Id<?>> reference) {
        Id<?> id = referenceToCheck(new Write<>(record, previous), reference);
        if (id != null && !ports.references().exists(record.workspaceId(), type, id)) {
            throw new InvalidFieldException(field, "does not exist in this workspace");
        }
    }

    /**
     * {@link #requireExisting} for several writes at once, the references looked up in one query per workspace: a
     * write not refused yet whose reference is missing gets its refusal in {@code refusals}.
     */
    protected void requireAllExisting(List<Write<T>> writes, List<Refusal> refusals, String field, String type,
                                      Function<T, Id<?>> reference) {
        List<Id<?>> ids = writes.stream().<Id<?>>map(write -> referenceToCheck(write, reference)).toList();
        Map<WorkspaceId, List<Id<?>>> checked = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            if (ids.get(i) != null) {
                checked.computeIfAbsent(writes.get(i).record().workspaceId(), w -> new ArrayList<>()).add(ids.get(i));
            }
        }
        Map<WorkspaceId, Set<Id<?>>> found = new HashMap<>();
        checked.forEach((workspace, some) -> found.put(workspace, ports.references().existing(workspace, type, some)));
        for (int i = 0; i < writes.size(); i++) {
            Id<?> id = ids.get(i);
            if (refusals.get(i) == null && id != null && !found.get(writes.get(i).record().workspaceId()).contains(id)) {
                refusals.set(i, new InvalidFieldException(field, "does not exist in this workspace"));
            }
        }
    }

    // The reference a write must have checked: a new or changed one, else null.
    private static <T> Id<?> referenceToCheck(Write<T> write, Function<T, Id<?>> reference) {
        Id<?> id = reference.apply(write.record());
        boolean unchanged = write.previous() != null && id != null && id.equals(reference.apply(write.previous()));
        return unchanged ? null : id;
    }

    // Inside a transaction the cache is told after the outermost commit, so a rollback leaves it valid.
    private void invalidateAfterCommit(WorkspaceId workspace) {
        ports.transactions().afterCommit(() -> cache.invalidate(workspace));
    }
}
