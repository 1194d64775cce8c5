package com.axolop.crm.application.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link RecordRepository} does, whatever the record type and the store: extended once per type
 * (which supplies records, next versions and filters, and tests its own filters), then once per store (which
 * supplies the repository), so the in-memory fake and PostgreSQL are held to the same behaviour.
 */
public abstract class RecordRepositoryContract<T extends WorkspaceRecord<T>, F, S extends Enum<S>> {
    /** When the records a type supplies were created; their ranked times count up from here. */
    protected static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    /** The ranks of the sorted samples: ties within, and out of order. */
    private static final List<Integer> RANKS = List.of(2, 0, 3, 1, 0, 2, 1);
    private static final List<Integer> UNIQUE_RANKS = List.of(2, 0, 3, 1);
    /** The first bytes of their ids: on either side of the sign bit, so ties show whether ids compare unsigned. */
    private static final int[] FIRST_BYTES = {0xf0, 0x10, 0x80, 0x7f, 0xc3, 0x01, 0x9a, 0x3c, 0xff};
    private static final int PAGE_SIZE = 3;

    protected RecordRepository<T, F, S> repository;
    protected WorkspaceId workspace;

    /** A new, empty repository (or one whose other workspaces do not matter). */
    protected abstract RecordRepository<T, F, S> createRepository();

    /** A valid record at version 1, created at {@link #T0}. */
    protected abstract T newRecord(Id<T> id, WorkspaceId workspace);

    /** The record's next version, as an update makes it: other details, version + 1, updated later. */
    protected abstract T nextVersion(T record);

    /** A filter that keeps every record. */
    protected abstract F everything();

    protected abstract Class<S> sortFields();

    /**
     * A valid record whose value of {@code field} is the {@code rank}-th smallest (from 0) of the samples: two
     * records of one rank are equal on it. A null rank is an empty value, for the fields that may be empty.
     */
    protected abstract T ranked(Id<T> id, WorkspaceId workspace, S field, Integer rank);

    /** The sort fields whose value a record may lack: empty sorts last ascending, first descending. */
    protected abstract Set<S> optionalSortFields();

    /** The sort fields on which two records of a workspace cannot be equal (a unique index): no ties. */
    protected Set<S> uniqueSortFields() {
        return Set.of();
    }

    @BeforeEach
    void setUpRecordContract() {
        repository = createRepository();
        workspace = newWorkspace();
    }

    protected static WorkspaceId newWorkspace() {
        return new WorkspaceId("ws-" + UUID.randomUUID());
    }

    protected T newRecord() {
        return newRecord(Id.newId(), workspace);
    }

    protected T stored(T record) {
        repository.insert(record);
        return record;
    }

    @Test
    void findsAnInsertedRecordById() {
        T record = stored(newRecord());

        assertThat(repository.findById(workspace, record.id())).contains(record);
        assertThat(repository.findById(workspace, Id.newId())).isEmpty();
    }

    @Test
    void findsARecordForUpdateById() {
        T record = stored(newRecord());

        assertThat(repository.findByIdForUpdate(workspace, record.id())).contains(record);
        assertThat(repository.findByIdForUpdate(workspace, Id.newId())).isEmpty();
    }

    @Test
    void refusesASecondRecordWithTheSameId() {
        T record = stored(newRecord());

        assertThatThrownBy(() -> repository.insert(newRecord(record.id(), newWorkspace())))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.findById(workspace, record.id())).contains(record);
    }

    @Test
    void anotherWorkspaceCannotSeeTheRecord() {
        T record = stored(newRecord());
        WorkspaceId other = newWorkspace();

        assertThat(repository.findById(other, record.id())).isEmpty();
        assertThat(repository.findByIdForUpdate(other, record.id())).isEmpty();
        assertThat(repository.findAll(other, List.of(record.id()))).isEmpty();
        assertThat(repository.list(other, query(everything(), firstSort(), 1, 20)).total()).isZero();
        assertThat(repository.forEach(other, everything(), firstSort(), seen -> { })).isZero();
    }

    @Test
    void anotherWorkspaceCannotUpdateTheRecord() {
        T record = stored(newRecord());
        T foreignNextVersion = nextVersion(newRecord(record.id(), newWorkspace()));

        assertThatThrownBy(() -> repository.update(foreignNextVersion)).isInstanceOf(IllegalStateException.class);
        assertThat(repository.findById(workspace, record.id())).contains(record);
    }

    @Test
    void anotherWorkspaceCannotDeleteTheRecord() {
        T record = stored(newRecord());

        repository.delete(newRecord(record.id(), newWorkspace()));

        assertThat(repository.findById(workspace, record.id())).contains(record);
    }

    @Test
    void findAllReturnsTheWorkspacesRecordsOnceAndSkipsUnknownAndForeignIds() {
        T first = stored(newRecord());
        T second = stored(newRecord());
        T foreign = stored(newRecord(Id.newId(), newWorkspace()));

        assertThat(repository.findAll(workspace, List.of(first.id(), second.id(), foreign.id(), Id.newId(),
                first.id()))).containsExactlyInAnyOrder(first, second);
        assertThat(repository.findAll(workspace, List.of())).isEmpty();
    }

    @Test
    void insertAllStoresEveryRecordHoweverMany() {
        List<T> records = Stream.generate(this::newRecord).limit(1_001).toList();

        repository.insertAll(records);

        assertThat(repository.findAll(workspace, records.stream().map(WorkspaceRecord::id).toList()))
                .containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void insertAllStoresNoneWhenOneIsRefused() {
        T taken = stored(newRecord());
        T fresh = newRecord();

        assertThatThrownBy(() -> repository.insertAll(List.of(fresh, newRecord(taken.id(), workspace))))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.findById(workspace, fresh.id())).isEmpty();
        assertThat(repository.findById(workspace, taken.id())).contains(taken);
    }

    @Test
    void updateAllStoresEachNextVersion() {
        T first = stored(newRecord());
        T second = stored(newRecord());
        T firstNext = nextVersion(first);
        T secondNext = nextVersion(second);

        repository.updateAll(List.of(firstNext, secondNext));

        assertThat(repository.findAll(workspace, List.of(first.id(), second.id())))
                .containsExactlyInAnyOrder(firstNext, secondNext);
    }

    @Test
    void updateAllRefusesAVersionThatDoesNotFollowTheStoredOne() {
        T record = stored(newRecord());
        T second = nextVersion(record);
        repository.update(second);

        assertThatThrownBy(() -> repository.updateAll(List.of(second))).isInstanceOf(IllegalStateException.class);
        assertThat(repository.findById(workspace, record.id())).contains(second);
    }

    @Test
    void updateStoresTheNextVersion() {
        T record = stored(newRecord());
        T next = nextVersion(record);

        repository.update(next);

        assertThat(repository.findById(workspace, record.id())).contains(next);
        assertThat(next.revision().version()).isEqualTo(2);
    }

    @Test
    void updateRefusesAVersionThatDoesNotFollowTheStoredOne() {
        T record = stored(newRecord());
        T second = nextVersion(record);
        repository.update(second);

        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.update(nextVersion(nextVersion(second))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository.findById(workspace, record.id())).contains(second);
    }

    @Test
    void updateRefusesARecordItDoesNotHold() {
        T neverStored = newRecord();

        assertThatThrownBy(() -> repository.update(nextVersion(neverStored))).isInstanceOf(IllegalStateException.class);
        assertThat(repository.findById(workspace, neverStored.id())).isEmpty();
    }

    @Test
    void deleteRemovesTheRecordFromReadsAndLists() {
        T kept = stored(newRecord());
        T deleted = stored(newRecord());

        repository.delete(deleted);

        assertThat(repository.findById(workspace, deleted.id())).isEmpty();
        assertThat(repository.list(workspace, query(everything(), firstSort(), 1, 20)).items()).containsExactly(kept);
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndStillCountsEveryRecord() {
        stored(newRecord());
        stored(newRecord());

        Page<T> page = repository.list(workspace, query(everything(), firstSort(), 3, 2));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(2);
    }

    /**
     * For each sort field and direction: the pages follow each other in order of the field, records equal on
     * it in order of their id (in the same direction; ids differ in their first bit too, which a signed
     * comparison gets wrong), an empty value last ascending and first descending; each page has the total.
     */
    @TestFactory
    Stream<DynamicTest> listsPagesInTheOrderOfEverySortFieldBothWaysWithIdsBreakingTies() {
        return sorts().map(sort -> DynamicTest.dynamicTest(describe(sort), () -> {
            WorkspaceId sampled = newWorkspace();
            List<Sample<T>> samples = samples(sampled, sort.field());

            List<T> listed = new ArrayList<>();
            for (int page = 1; page <= pages(samples.size()); page++) {
                Page<T> result = repository.list(sampled, query(everything(), sort, page, PAGE_SIZE));
                assertThat(result.total()).as("total of page %d", page).isEqualTo(samples.size());
                assertThat(result.items()).hasSizeLessThanOrEqualTo(PAGE_SIZE);
                listed.addAll(result.items());
            }

            assertThat(listed).containsExactlyElementsOf(expectedOrder(samples, sort.direction()));
        }));
    }

    /** Keyset paging: each page is what follows the previous page's last record, in the same order as by number. */
    @TestFactory
    Stream<DynamicTest> pagesAfterARecordFollowEachOtherInTheOrderOfEverySortFieldBothWays() {
        return sorts().map(sort -> DynamicTest.dynamicTest(describe(sort), () -> {
            WorkspaceId sampled = newWorkspace();
            List<Sample<T>> samples = samples(sampled, sort.field());

            List<T> listed = new ArrayList<>(repository.list(sampled, query(everything(), sort, 1, PAGE_SIZE)).items());
            for (int guard = 0; guard < samples.size() && listed.size() % PAGE_SIZE == 0 && !listed.isEmpty(); guard++) {
                Page<T> next = repository.list(sampled, new ListQuery<>(everything(), sort, new PageRequest(1, PAGE_SIZE),
                        listed.getLast().id().value()));
                assertThat(next.total()).isEqualTo(samples.size());
                if (next.items().isEmpty()) {
                    break;
                }
                listed.addAll(next.items());
            }

            assertThat(listed).containsExactlyElementsOf(expectedOrder(samples, sort.direction()));
        }));
    }

    @Test
    void aRecordThatIsGoneCannotBeFollowed() {
        T gone = stored(newRecord());
        repository.delete(gone);

        assertThatThrownBy(() -> repository.list(workspace, new ListQuery<>(everything(), firstSort(),
                new PageRequest(1, 20), gone.id().value()))).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.violations().getFirst().field()).isEqualTo("cursor"));
    }

    @TestFactory
    Stream<DynamicTest> forEachStreamsEveryRecordInTheOrderOfTheList() {
        return sorts().map(sort -> DynamicTest.dynamicTest(describe(sort), () -> {
            WorkspaceId sampled = newWorkspace();
            List<Sample<T>> samples = samples(sampled, sort.field());
            List<T> streamed = new ArrayList<>();

            long count = repository.forEach(sampled, everything(), sort, streamed::add);

            assertThat(count).isEqualTo(samples.size());
            assertThat(streamed).containsExactlyElementsOf(repository.list(sampled,
                    query(everything(), sort, 1, PageRequest.MAX_LIMIT)).items());
            assertThat(streamed).containsExactlyElementsOf(expectedOrder(samples, sort.direction()));
        }));
    }

    private record Sample<T>(T record, Integer rank) {
    }

    private List<Sample<T>> samples(WorkspaceId sampled, S field) {
        List<Integer> ranks = new ArrayList<>(uniqueSortFields().contains(field) ? UNIQUE_RANKS : RANKS);
        if (optionalSortFields().contains(field)) {
            ranks.add(1, null);
            ranks.add(null);
        }
        List<Sample<T>> samples = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            T record = ranked(idWithFirstByte(FIRST_BYTES[i % FIRST_BYTES.length]), sampled, field, ranks.get(i));
            repository.insert(record);
            samples.add(new Sample<>(record, ranks.get(i)));
        }
        return samples;
    }

    private static <T> Id<T> idWithFirstByte(int firstByte) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & 0x00ffffffffffffffL) | ((long) firstByte << 56);
        return new Id<>(new UUID(most, random.nextLong()));
    }

    private static <T extends WorkspaceRecord<T>> List<T> expectedOrder(List<Sample<T>> samples,
                                                                       Sort.Direction direction) {
        Comparator<Sample<T>> ascending = Comparator
                .comparing((Sample<T> sample) -> sample.rank(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(sample -> sample.record().id().value(), InMemoryRecordRepository.UUID_ORDER);
        Comparator<Sample<T>> order = direction == Sort.Direction.ASC ? ascending : ascending.reversed();
        return samples.stream().sorted(order).map(Sample::record).toList();
    }

    private Stream<Sort<S>> sorts() {
        return Arrays.stream(sortFields().getEnumConstants()).flatMap(field -> Stream.of(
                new Sort<>(field, Sort.Direction.ASC), new Sort<>(field, Sort.Direction.DESC)));
    }

    private static String describe(Sort<?> sort) {
        return sort.field().name().toLowerCase() + " " + sort.direction().name().toLowerCase();
    }

    private static int pages(int records) {
        return (records + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    protected Sort<S> firstSort() {
        return new Sort<>(sortFields().getEnumConstants()[0], Sort.Direction.ASC);
    }

    protected ListQuery<F, S> query(F filter, Sort<S> sort, int page, int limit) {
        return new ListQuery<>(filter, sort, new PageRequest(page, limit));
    }

    /** The workspace's records that {@code filter} keeps, in the first sort field's order. */
    protected List<T> listed(F filter) {
        return repository.list(workspace, query(filter, firstSort(), 1, PageRequest.MAX_LIMIT)).items();
    }
}
