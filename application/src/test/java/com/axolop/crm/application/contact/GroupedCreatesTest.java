package com.axolop.crm.application.contact;

import static com.axolop.crm.application.shared.ConcurrentCalls.DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.axolop.crm.application.port.GatedTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ConcurrentCalls;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single creates made at the same time are written in one transaction, and each still ends as it would alone
 * (contacts: they have store checks, a reference and a unique email).
 */
class GroupedCreatesTest {
    private static final ContactFilter ALL = new ContactFilter(null, null, DateRange.ALL, null);
    
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final GatedTransactionRunner transactions = new GatedTransactionRunner();
    private final ContactService service = new ContactService(contacts, new RecordWritePorts(outbox, transactions,
            new InMemoryExistingRecords().backedBy("contact", contacts), new MutableClock(Instant.now())));
    private final Actor member = TestActors.member("acme");
    private final ConcurrentCalls writers = new ConcurrentCalls();
    private final List<GatedTransactionRunner.Gate> held = new ArrayList<>();

    @AfterEach
    void releaseWriters() throws InterruptedException {
        held.forEach(GatedTransactionRunner.Gate::release);
        writers.joinAll();
    }

    private static ContactDetails contact(String name, String email) {
        return TestContacts.details(name, "Doe", email);
    }

    @Test
    void createsMadeWhileTheWritersAreBusyAreCommittedInOneTransaction() {
        keepBothWriteSlotsBusy();
        createAtOnce(Map.of("a", contact("A", "a@acme.com"),
                "b", contact("B", "b@acme.com"), "c", contact("C", null), "d", contact("D", "d@acme.com")));

        freeOneSlot();
        Map<String, Object> outcomes = writers.awaitOutcomes(4);

        assertThat(outcomes.values()).containsOnly(DONE);
        assertThat(transactions.committed()).isEqualTo(2);
        assertThat(stored()).extracting(c -> c.details().firstName()).containsExactlyInAnyOrder(
                "Busy 1", "A", "B", "C", "D");
        assertThat(outbox.types()).hasSize(5).containsOnly("contact.created");
    }

    @Test
    void aRefusedCreateInAGroupFailsAloneAndTheOthersAreWritten() {
        keepBothWriteSlotsBusy();
        createAtOnce(Map.of("a", contact("A", "a@acme.com"),
                "no-such-lead", contact("X", "x@acme.com").withLeadId(Id.newId()), "b", contact("B", null)));

        freeOneSlot();
        Map<String, Object> outcomes = writers.awaitOutcomes(3);

        assertThat(outcomes.get("no-such-lead")).isInstanceOf(InvalidFieldException.class);
        assertThat(outcomes.get("a")).isEqualTo(DONE);
        assertThat(outcomes.get("b")).isEqualTo(DONE);
        assertThat(transactions.committed()).isEqualTo(2);
        assertThat(stored()).extracting(c -> c.details().firstName()).containsExactlyInAnyOrder("Busy 1", "A", "B");
        assertThat(outbox.types()).hasSize(3);
    }

    @Test
    void twoCreatesOfOneEmailInAGroupMakeOneContactAndOneConflict() {
        keepBothWriteSlotsBusy();
        createAtOnce(Map.of("first", contact("Jane", "jane@acme.com"),
                "second", contact("Janet", "JANE@acme.com"), "other", contact("Other", "other@acme.com")));

        freeOneSlot();
        Map<String, Object> outcomes = writers.awaitOutcomes(3);

        assertThat(outcomes.get("other")).isEqualTo(DONE);
        assertThat(List.of(outcomes.get("first"), outcomes.get("second")))
                .filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(List.of(outcomes.get("first"), outcomes.get("second"))).contains(DONE);
        assertThat(stored()).filteredOn(c -> "jane@acme.com".equals(c.details().emailKey())).hasSize(1);
        assertThat(outbox.types()).hasSize(3);
    }

    @Test
    void whenTheGroupsCommitFailsEveryCreateInItFails() {
        keepBothWriteSlotsBusy();
        createAtOnce(Map.of("a", contact("A", null), "b", contact("B", null)));
        IllegalStateException down = new IllegalStateException("connection lost at commit");

        transactions.failNextCommit(down);
        freeOneSlot();
        Map<String, Object> outcomes = writers.awaitOutcomes(2);

        assertThat(outcomes.values()).containsOnly(down);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void aCreateInsideAnOpenTransactionIsPartOfItAndWaitsForNoGroup() {
        keepBothWriteSlotsBusy();

        Contact created = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> transactions.inTransaction(
                () -> service.create(member, contact("Nested", "nested@acme.com"))));

        assertThat(contacts.findById(member.workspace(), created.id())).isPresent();
        assertThat(transactions.committed()).isOne();
    }

    /**
     * Two creates whose transactions stay open, each in a write slot of its own (started together, the second
     * could join the first one's group), until {@link #freeOneSlot} and the end of the test.
     */
    private void keepBothWriteSlotsBusy() {
        for (int i = 1; i <= 2; i++) {
            GatedTransactionRunner.Gate gate = transactions.holdNext();
            ContactDetails busy = contact("Busy " + i, null);
            Thread.ofPlatform().start(() -> service.create(member, busy));
            gate.awaitBegun();
            held.add(gate);
        }
    }

    /** Lets one busy create commit: the creates queued meanwhile then take its slot, all in one group. */
    private void freeOneSlot() {
        held.removeFirst().release();
    }

    /** Starts a create per entry and returns once each waits behind the busy writers. */
    private void createAtOnce(Map<String, ContactDetails> creates) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        creates.forEach((name, details) -> calls.put(name, () -> service.create(member, details)));
        writers.startAndAwaitParked(calls);
    }

    private List<Contact> stored() {
        return contacts.list(member.workspace(), new ListQuery<>(ALL,
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.ASC), new PageRequest(1, 100))).items();
    }
}
