package com.axolop.crm.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.ImportOptions;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Imports} store guarantees; run against the in-memory fake and PostgreSQL. */
public abstract class ImportsContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final Imports imports = createImports();
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    protected abstract Imports createImports();

    private DataImport queued() {
        DataImport created = DataImport.queued(Id.newId(), workspace, new UserId("user-1"), "leads",
                new ImportOptions(Map.of("Full Name", "name"), OnDuplicate.UPDATE, true), NOW);
        imports.insert(created);
        return created;
    }

    @Test
    void findsAnImportOnlyInItsWorkspace() {
        DataImport created = queued();

        assertThat(imports.find(workspace, created.id())).contains(created);
        assertThat(imports.find(new WorkspaceId("other"), created.id())).isEmpty();
    }

    @Test
    void batchesAddUpOnlyWhileTheImportRuns() {
        DataImport created = queued();

        assertThat(imports.recordBatch(created.id(), new ImportCounts(2, 2, 0, 0, 0), List.of())).isFalse();
        assertThat(imports.start(created.id(), 5, NOW)).isTrue();
        imports.recordBatch(created.id(), new ImportCounts(2, 1, 0, 0, 1), List.of(new RowError(3, "name", "bad")));
        imports.recordBatch(created.id(), new ImportCounts(3, 1, 1, 1, 0), List.of());

        DataImport running = imports.find(workspace, created.id()).orElseThrow();
        assertThat(running.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(running.totalRows()).isEqualTo(5);
        assertThat(running.counts()).isEqualTo(new ImportCounts(5, 2, 1, 1, 1));
        assertThat(running.startedAt()).isEqualTo(NOW);
    }

    @Test
    void aCancelledImportTakesNoMoreBatchesAndCannotFinish() {
        DataImport created = queued();
        imports.start(created.id(), 5, NOW);

        assertThat(imports.cancel(workspace, created.id(), NOW)).isTrue();

        assertThat(imports.recordBatch(created.id(), new ImportCounts(1, 1, 0, 0, 0), List.of())).isFalse();
        assertThat(imports.finish(created.id(), ImportStatus.COMPLETED, null, NOW)).isFalse();
        assertThat(imports.cancel(workspace, created.id(), NOW)).isFalse();
        assertThat(imports.find(workspace, created.id()).orElseThrow().status()).isEqualTo(ImportStatus.CANCELLED);
    }

    @Test
    void anotherWorkspaceCannotCancelIt() {
        DataImport created = queued();

        assertThat(imports.cancel(new WorkspaceId("other"), created.id(), NOW)).isFalse();
        assertThat(imports.find(workspace, created.id()).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
    }

    @Test
    void aFailedImportKeepsItsReason() {
        DataImport created = queued();
        imports.start(created.id(), 0, NOW);

        imports.finish(created.id(), ImportStatus.FAILED, "file is empty", NOW);

        DataImport failed = imports.find(workspace, created.id()).orElseThrow();
        assertThat(failed.error()).isEqualTo("file is empty");
        assertThat(failed.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void refusedRowsComeBackByRowAndOnlyToTheirWorkspace() {
        DataImport created = queued();
        imports.start(created.id(), 9, NOW);
        imports.recordBatch(created.id(), new ImportCounts(2, 0, 0, 0, 2),
                List.of(new RowError(7, null, "conflict"), new RowError(4, "email", "bad email")));

        List<RowError> all = new ArrayList<>();
        imports.forEachError(workspace, created.id(), all::add);

        assertThat(all).extracting(RowError::row).containsExactly(4L, 7L);
        assertThat(imports.errors(workspace, created.id(), 1)).containsExactly(new RowError(4, "email", "bad email"));
        assertThat(imports.errors(new WorkspaceId("other"), created.id(), 10)).isEmpty();
    }
}
