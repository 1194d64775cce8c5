package com.axolop.crm.application.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportFormat;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ExportPackages} must do; each implementation runs it. */
public abstract class ExportPackagesContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final WorkspaceId workspace = new WorkspaceId("ws-" + System.nanoTime());

    protected abstract ExportPackages exports();

    private DataExport queued(Instant createdAt) {
        var selection = new ExportSelection(List.of(ExportEntity.LEADS, ExportEntity.CONTACTS), ExportFormat.JSON,
                Map.of(ExportEntity.LEADS, Map.of("status", "new")));
        DataExport export = DataExport.queued(Id.newId(), workspace, new UserId("user-1"), selection, createdAt);
        exports().insert(export);
        return export;
    }

    @Test
    void keepsTheSelectionAndIsFoundOnlyInItsWorkspace() {
        DataExport export = queued(NOW);
        assertThat(exports().find(workspace, export.id())).contains(export);
        assertThat(exports().find(new WorkspaceId("other-" + System.nanoTime()), export.id())).isEmpty();
    }

    @Test
    void countsRowsPerEntityWhileRunningThenCompletes() {
        DataExport export = queued(NOW);
        assertThat(exports().start(export.id(), NOW)).isTrue();
        exports().progress(export.id(), ExportEntity.LEADS, 10);
        exports().progress(export.id(), ExportEntity.LEADS, 20);
        exports().progress(export.id(), ExportEntity.CONTACTS, 5);
        assertThat(exports().finish(export.id(), ExportStatus.COMPLETED, null, NOW.plusSeconds(1))).isTrue();
        DataExport done = exports().find(workspace, export.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(done.rows()).containsExactlyInAnyOrderEntriesOf(Map.of(ExportEntity.LEADS, 20L,
                ExportEntity.CONTACTS, 5L));
        assertThat(done.finishedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void aFinishedExportNeitherStartsNorFinishesAgain() {
        DataExport export = queued(NOW);
        exports().start(export.id(), NOW);
        exports().finish(export.id(), ExportStatus.FAILED, "broken", NOW);
        assertThat(exports().start(export.id(), NOW)).isFalse();
        assertThat(exports().finish(export.id(), ExportStatus.COMPLETED, null, NOW)).isFalse();
        assertThat(exports().find(workspace, export.id()).orElseThrow().error()).isEqualTo("broken");
    }

    @Test
    void listsExportsCreatedBeforeACutoffOldestFirstAndDeletesThem() {
        DataExport old = queued(NOW.minus(3, ChronoUnit.DAYS));
        DataExport fresh = queued(NOW);
        assertThat(exports().createdBefore(NOW.minus(1, ChronoUnit.DAYS), 1000)).contains(old.id())
                .doesNotContain(fresh.id());
        exports().delete(old.id());
        assertThat(exports().find(workspace, old.id())).isEmpty();
        assertThat(exports().find(workspace, fresh.id())).isPresent();
    }
}
