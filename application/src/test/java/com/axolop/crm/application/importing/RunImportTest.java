package com.axolop.crm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.lead.InMemoryLeadRepository;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.opportunity.InMemoryOpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.InMemoryFileStore;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.ImportOptions;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.EmailAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Running an import over the fakes: batches, resumption, duplicates, cancellation, unreadable files. */
class RunImportTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final RecordWritePorts ports = new RecordWritePorts(outbox, new DirectTransactionRunner(),
            new InMemoryExistingRecords().backedBy("lead", leads), clock);
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final LeadService leadService = new LeadService(leads, ports, new InMemoryCache(),
            new ContactService(contacts, ports), new OpportunityService(new InMemoryOpportunityRepository(), ports));
    private final InMemoryImports imports = new InMemoryImports();
    private final InMemoryFileStore files = new InMemoryFileStore();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final RunImport run = new RunImport(imports, files, ports.transactions(), clock, List.of(
            new ImportTarget<>("leads", new LinesReader(), leadService::importBatch, LeadDetails::email,
                    leads::findByEmails)));
    private final ImportService service = new ImportService(imports, files, jobs, ports.transactions(), clock,
            run.recordTypes());
    private final Actor member = TestActors.member("acme");

    @Test
    void writesEveryRowInBatchesAndCompletes() {
        DataImport started = start(names(1_234), OnDuplicate.CREATE);

        run.handle(job());

        DataImport done = find(started);
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.totalRows()).isEqualTo(1_234);
        assertThat(done.counts()).isEqualTo(new ImportCounts(1_234, 1_234, 0, 0, 0));
        assertThat(outbox.types()).hasSize(1_234).containsOnly("lead.created");
    }

    @Test
    void aRunTakenUpAgainStartsAfterTheRowsAlreadyCounted() {
        DataImport started = start(names(1_200), OnDuplicate.CREATE);
        imports.start(started.id(), 1_200, clock.instant());
        imports.recordBatch(started.id(), new ImportCounts(1_000, 1_000, 0, 0, 0), List.of());

        run.handle(job());

        assertThat(find(started).counts().processed()).isEqualTo(1_200);
        List<Integer> written = new ArrayList<>();
        leads.forEach(member.workspace(), new LeadFilter(null, null, DateRange.ALL, null),
                new Sort<>(LeadSortField.CREATED_AT, Sort.Direction.ASC),
                lead -> written.add(Integer.parseInt(lead.details().name().value().substring(5))));
        assertThat(written).hasSize(200).allMatch(number -> number >= 1_000);
    }

    @Test
    void skipLeavesKnownEmailsAndRepeatsWithinTheFileAlone() {
        leadService.create(member, lead("Known", "known@x.io"));

        DataImport started = start("New,KNOWN@x.io\nA,a@x.io\nA again,a@x.io\nNo email,\n", OnDuplicate.SKIP);
        run.handle(job());

        assertThat(find(started).counts()).isEqualTo(new ImportCounts(4, 2, 0, 2, 0));
    }

    @Test
    void aCancelledImportIsNotRun() {
        DataImport started = start(names(10), OnDuplicate.CREATE);
        service.cancel(member, started.id());

        run.handle(job());

        assertThat(find(started).status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(outbox.types()).isEmpty();
    }

    @Test
    void unreadableRowsFailWithTheirRowNumbersAndTheOthersAreWritten() {
        DataImport started = start("A,a@x.io\n,b@x.io\nC,c@x.io\n", OnDuplicate.CREATE);

        run.handle(job());

        DataImport done = find(started);
        assertThat(done.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0, 1));
        assertThat(imports.errors(member.workspace(), started.id(), 100)).singleElement()
                .satisfies(error -> assertThat(error.row()).isEqualTo(3));
    }

    @Test
    void aFileThatCannotBeReadFailsTheImportWithTheReason() {
        DataImport started = start("unreadable", OnDuplicate.CREATE);

        run.handle(job());

        assertThat(find(started).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(find(started).error()).isEqualTo("file is not a test file");
    }

    private DataImport start(String lines, OnDuplicate onDuplicate) {
        return service.start(member, "leads", file -> {
            file.write(lines.getBytes(StandardCharsets.UTF_8));
            return new ImportOptions(Map.of(), onDuplicate, false);
        });
    }

    private Job job() {
        JobRequest request = jobs.enqueued().getLast();
        return new Job(UUID.randomUUID(), request.workspace(), request.queue(), request.type(),
                request.payload(), request.priority(), JobState.ACTIVE, 1, 1, clock.instant(), clock.instant(),
                clock.instant(), null, null, null);
    }

    private DataImport find(DataImport started) {
        return imports.find(member.workspace(), started.id()).orElseThrow();
    }

    private static String names(int count) {
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("Lead ").append(i).append(",lead").append(i).append("@x.io\n");
        }
        return lines.toString();
    }

    private static LeadDetails lead(String name, String email) {
        return new LeadDetails(new LeadName(name), EmailAddress.ofNullable(email), null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Test reader: a file of "name,email" lines without a header; a row without a name is unreadable. */
    private static final class LinesReader implements ImportReader<LeadDetails> {
        @Override
        public long count(InputStream file) {
            return lines(file).size();
        }

        @Override
        public Rows<LeadDetails> open(InputStream file, Map<String, String> mapping) {
            Iterator<String> lines = lines(file).iterator();
            return new Rows<>() {
                private long row = 1;

                @Override
                public boolean hasNext() {
                    return lines.hasNext();
                }

                @Override
                public ImportRow<LeadDetails> next() {
                    String[] cells = lines.next().split(",", -1);
                    row++;
                    String email = cells.length > 1 && !cells[1].isEmpty() ? cells[1] : null;
                    return cells[0].isEmpty()
                            ? new ImportRow<>(row, null, List.of(new FieldViolation("name", "name is required")))
                            : new ImportRow<>(row, lead(cells[0], email), List.of());
                }

                @Override
                public void close() {
                }
            };
        }

        private static List<String> lines(InputStream file) {
            try {
                String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
                if (text.equals("unreadable")) {
                    throw new InvalidFieldException("file", "is not a test file");
                }
                return text.lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
