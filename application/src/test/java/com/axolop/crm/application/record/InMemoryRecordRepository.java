package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Test fake of a {@link RecordRepository}, held to {@link RecordRepositoryContract} like the PostgreSQL one:
 * records are reachable from their workspace only; an update must carry the stored version plus one (else
 * IllegalStateException); an id, or a value of a {@link #uniqueWithinWorkspace unique key}, already stored is
 * refused with a ConflictException; lists are ordered by the sort field's comparator, empty values last
 * ascending and first descending, then by id (compared as PostgreSQL compares uuids: unsigned) in the sort's
 * direction. A type's fake supplies what its filter keeps and how each sort field compares.
 */
public class InMemoryRecordRepository<T extends WorkspaceRecord<T>, F, S extends Enum<S>>
        implements RecordRepository<T, F, S> {
    /** How PostgreSQL orders uuids: byte by byte, unsigned (UUID.compareTo compares signed longs). */
    public static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final Map<Id<T>, T> records = new LinkedHashMap<>();
    private final BiPredicate<T, F> filter;
    private final Function<S, Comparator<T>> sortFields;
    private final Function<F, Comparator<T>> relevance;
    private final List<Function<T, ?>> uniqueKeys = new ArrayList<>();

    /**
     * @param filter     whether a record passes a filter (the workspace is checked here)
     * @param sortFields the order of each sort field, ascending; an empty value compares as null (see
     *                   {@link #nullsLast})
     */
    public InMemoryRecordRepository(BiPredicate<T, F> filter, Function<S, Comparator<T>> sortFields) {
        this(filter, sortFields, searched -> {
            throw new UnsupportedOperationException("This record type is not searched, so not sorted by relevance");
        });
    }

    /** @param relevance for a searched filter, the order of its matches from worst to best match */
    public InMemoryRecordRepository(BiPredicate<T, F> filter, Function<S, Comparator<T>> sortFields,
                                    Function<F, Comparator<T>> relevance) {
        this.filter = Objects.requireNonNull(filter);
        this.sortFields = Objects.requireNonNull(sortFields);
        this.relevance = Objects.requireNonNull(relevance);
    }

    /** An ascending order on a value that may be empty: as in PostgreSQL, null sorts after every value. */
    public static <T, V extends Comparable<? super V>> Comparator<T> nullsLast(Function<T, V> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Whether an instant lies in a [from, to) range, either end open. */
    public static boolean within(Instant at, DateRange range) {
        return (range.from() == null || !at.isBefore(range.from())) && (range.to() == null || at.isBefore(range.to()));
    }

    /**
     * Like a unique index on (workspace_id, key): a second record of a workspace with an equal key is refused.
     * A null key is not indexed (a partial index {@code where key is not null}).
     */
    protected final void uniqueWithinWorkspace(Function<T, ?> key) {
        uniqueKeys.add(Objects.requireNonNull(key));
    }

    @Override
    public synchronized void insert(T record) {
        if (records.containsKey(record.id())) {
            throw new ConflictException("A record with id " + record.id() + " already exists", null);
        }
        checkUnique(record);
        records.put(record.id(), record);
    }

    @Override
    public synchronized void insertAll(List<T> all) {
        allOrNone(() -> all.forEach(this::insert));
    }

    @Override
    public synchronized Optional<T> findById(WorkspaceId workspace, Id<T> id) {
        return Optional.ofNullable(records.get(id)).filter(record -> record.workspaceId().equals(workspace));
    }

    @Override
    public synchronized List<T> findAll(WorkspaceId workspace, Collection<Id<T>> ids) {
        return ids.stream().distinct().map(id -> findById(workspace, id)).flatMap(Optional::stream).toList();
    }

    /** The fake has no concurrent writers to lock out. */
    @Override
    public Optional<T> findByIdForUpdate(WorkspaceId workspace, Id<T> id) {
        return findById(workspace, id);
    }

    @Override
    public synchronized void update(T record) {
        long previousVersion = record.revision().version() - 1;
        boolean atPreviousVersion = findById(record.workspaceId(), record.id())
                .filter(stored -> stored.revision().version() == previousVersion).isPresent();
        if (!atPreviousVersion) {
            throw new IllegalStateException("record " + record.id() + " is not at version " + previousVersion);
        }
        checkUnique(record);
        records.put(record.id(), record);
    }

    @Override
    public synchronized void updateAll(List<T> all) {
        allOrNone(() -> all.forEach(this::update));
    }

    // As one statement: a write that fails leaves the records as they were.
    private void allOrNone(Runnable writes) {
        var before = new LinkedHashMap<>(records);
        try {
            writes.run();
        } catch (RuntimeException e) {
            records.clear();
            records.putAll(before);
            throw e;
        }
    }

    @Override
    public synchronized void delete(T record) {
        findById(record.workspaceId(), record.id()).ifPresent(stored -> records.remove(stored.id()));
    }

    @Override
    public Page<T> list(WorkspaceId workspace, ListQuery<F, S> query) {
        List<T> all = matching(workspace, query.filter(), query.sort());
        if (query.after() == null) {
            List<T> page = all.stream().skip(query.page().offset()).limit(query.page().limit()).toList();
            return new Page<>(page, query.page(), all.size());
        }
        if (query.filter() instanceof SearchFilter searched && searched.search() != null) {
            throw new InvalidFieldException("cursor", "does not combine with q: a searched list pages by number");
        }
        // As PostgreSQL compares: with the record's current values, whether or not it still matches the filter.
        T after = findById(workspace, new Id<>(query.after()))
                .orElseThrow(() -> new InvalidFieldException("cursor", "names a record that no longer exists: start "
                        + "from the first page again"));
        Comparator<T> order = order(query.sort(), query.filter());
        List<T> page = all.stream().filter(record -> order.compare(record, after) > 0).limit(query.page().limit())
                .toList();
        return new Page<>(page, query.page(), all.size());
    }

    @Override
    public long forEach(WorkspaceId workspace, F filter, Sort<S> sort, Consumer<T> sink) {
        List<T> all = matching(workspace, filter, sort);
        all.forEach(sink);
        return all.size();
    }

    /** Every stored record, of every workspace: for a type's own queries. */
    protected synchronized List<T> all() {
        return List.copyOf(records.values());
    }

    private Comparator<T> order(Sort<S> sort, F filter) {
        Comparator<T> order = (sort.byRelevance() ? relevance.apply(filter) : sortFields.apply(sort.field()))
                .thenComparing(record -> record.id().value(), UUID_ORDER);
        return sort.direction() == Sort.Direction.DESC ? order.reversed() : order;
    }

    private synchronized List<T> matching(WorkspaceId workspace, F filter, Sort<S> sort) {
        Comparator<T> order = order(sort, filter);
        return records.values().stream()
                .filter(record -> record.workspaceId().equals(workspace))
                .filter(record -> this.filter.test(record, filter))
                .sorted(order)
                .toList();
    }

    private void checkUnique(T record) {
        for (Function<T, ?> key : uniqueKeys) {
            Object value = key.apply(record);
            boolean taken = value != null && records.values().stream().anyMatch(other -> !other.id().equals(record.id())
                    && other.workspaceId().equals(record.workspaceId()) && value.equals(key.apply(other)));
            if (taken) {
                throw new ConflictException("A record with these values already exists", null);
            }
        }
    }
}
