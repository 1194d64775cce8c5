package com.axolop.crm.application.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryFileStore;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportFormat;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Export packages over fakes: queueing, the job's run and progress, downloads, isolation and retention. */
class ExportServiceTest {
    private static final ExportSelection LEADS_AND_CONTACTS = new ExportSelection(
            List.of(ExportEntity.LEADS, ExportEntity.CONTACTS), ExportFormat.CSV, Map.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final InMemoryExportPackages exports = new InMemoryExportPackages();
    private final InMemoryFileStore files = new InMemoryFileStore();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final ExportService service = new ExportService(exports, files, jobs, new DirectTransactionRunner(), clock,
            Duration.ofHours(24));
    private final Actor member = TestActors.member("acme");

    /** Writes "leads:<n>" per entity, reporting each row, with {@code rows} rows per entity. */
    private PackageWriter writer(long rows) {
        return (actor, selection, generatedAt, out, progress) -> {
            var counts = new EnumMap<ExportEntity, Long>(ExportEntity.class);
            for (ExportEntity entity : selection.entities()) {
                for (long row = 1; row <= rows; row++) {
                    progress.rows(entity, row);
                }
                counts.put(entity, rows);
                try {
                    out.write((entity.apiName() + ":" + rows + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return counts;
        };
    }

    @Test
    void queuesAnExportJobOnTheExportQueue() {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);

        JobRequest job = jobs.enqueued().getLast();
        assertThat(job.queue()).isEqualTo(QueueName.EXPORT);
        assertThat(job.payload()).containsEntry("export_id", queued.id().toString());
        assertThat(service.get(member, queued.id()).status()).isEqualTo(ExportStatus.QUEUED);
    }

    @Test
    void theJobWritesThePackageAndCountsRowsPerEntity() throws IOException {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);

        new RunExport(exports, files, writer(25_000), clock).handle(job());

        DataExport done = service.get(member, queued.id());
        assertThat(done.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(done.rows()).containsExactlyInAnyOrderEntriesOf(Map.of(ExportEntity.LEADS, 25_000L,
                ExportEntity.CONTACTS, 25_000L));
        PackageDownload download = service.download(member, queued.id());
        try (InputStream zip = download.content()) {
            assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("leads:25000\ncontacts:25000\n");
        }
        assertThat(download.size()).isEqualTo("leads:25000\ncontacts:25000\n".length());
    }

    @Test
    void progressIsSavedEveryTenThousandRowsWhileThePackageIsWritten() {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);
        List<Long> seen = new ArrayList<>();
        PackageWriter watched = (actor, selection, generatedAt, out, progress) -> {
            for (long row = 1; row <= 25_000; row++) {
                progress.rows(ExportEntity.LEADS, row);
                if (row % 5_000 == 0) {
                    seen.add(service.get(member, queued.id()).rows().getOrDefault(ExportEntity.LEADS, 0L));
                }
            }
            return Map.of(ExportEntity.LEADS, 25_000L, ExportEntity.CONTACTS, 0L);
        };

        new RunExport(exports, files, watched, clock).handle(job());

        assertThat(seen).containsExactly(0L, 10_000L, 10_000L, 20_000L, 20_000L);
        assertThat(service.get(member, queued.id()).rows()).containsEntry(ExportEntity.LEADS, 25_000L);
    }

    @Test
    void aWriterThatFailsFailsTheExportAndLeavesNothingToDownload() {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);
        PackageWriter broken = (actor, selection, generatedAt, out, progress) -> {
            throw new IllegalStateException("disk on fire");
        };

        assertThatThrownBy(() -> new RunExport(exports, files, broken, clock).handle(job()))
                .isInstanceOf(IllegalStateException.class);

        DataExport failed = service.get(member, queued.id());
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertThat(failed.error()).isEqualTo("The export stopped on an internal error");
        assertThatThrownBy(() -> service.download(member, queued.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aFinishedExportIsNotWrittenAgain() {
        service.start(member, LEADS_AND_CONTACTS);
        Job job = job();
        new RunExport(exports, files, writer(1), clock).handle(job);

        new RunExport(exports, files, (actor, selection, generatedAt, out, progress) -> {
            throw new AssertionError("ran twice");
        }, clock).handle(job);
    }

    @Test
    void anUnfinishedExportCannotBeDownloaded() {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);

        assertThatThrownBy(() -> service.download(member, queued.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("queued");
    }

    @Test
    void anotherWorkspaceFindsNoExport() {
        DataExport queued = service.start(member, LEADS_AND_CONTACTS);
        Actor stranger = TestActors.member("globex");

        assertThatThrownBy(() -> service.get(stranger, queued.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.download(stranger, queued.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aViewerMayExport() {
        Actor viewer = TestActors.viewer("acme");

        assertThat(service.start(viewer, LEADS_AND_CONTACTS).status()).isEqualTo(ExportStatus.QUEUED);
    }

    @Test
    void housekeepingDeletesPackagesPastTheRetentionWithTheirFiles() throws IOException {
        DataExport old = service.start(member, LEADS_AND_CONTACTS);
        new RunExport(exports, files, writer(1), clock).handle(job());
        clock.advance(Duration.ofHours(23));
        DataExport fresh = service.start(member, LEADS_AND_CONTACTS);
        clock.advance(Duration.ofHours(2));

        assertThat(service.purgeExpired()).isEqualTo(1);

        assertThatThrownBy(() -> service.get(member, old.id())).isInstanceOf(NotFoundException.class);
        try (InputStream file = files.open(old.id().value())) {
            assertThat(file.readAllBytes()).isEmpty();
        }
        assertThat(service.get(member, fresh.id()).status()).isEqualTo(ExportStatus.QUEUED);
    }

    private Job job() {
        JobRequest request = jobs.enqueued().getLast();
        return new Job(UUID.randomUUID(), request.workspace(), request.queue(), request.type(),
                request.payload(), request.priority(), JobState.ACTIVE, 1, 1, clock.instant(), clock.instant(),
                clock.instant(), null, null, null);
    }
}
