package com.axolop.crm.adapter.rest;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET <resource>/export?format=csv|json}, for a {@link RecordRoutesContract} whose resource has an export:
 * the workspace's records (with the list's filters and sort) streamed as a dated attachment.
 */
public interface ExportRoutesContract {
    String path();

    TestApi api();

    TestApi stranger();

    TestApi withRole(String role);

    String create();

    /** The export file's name before the date, e.g. contacts. */
    String exportName();

    /** How the CSV header line starts, e.g. id,first_name,last_name. */
    String csvHeaderStart();

    @Test
    default void exportsCsvByDefaultAsADatedAttachmentWithAHeaderLine() {
        create();
        create();

        TestApi.Answer export = api().get(path() + "/export");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.header("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .matches("attachment; filename=\"" + exportName() + "-\\d{4}-\\d\\d-\\d\\d\\.csv\""));
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith(csvHeaderStart());
    }

    @Test
    default void exportsJsonAsAnArrayOfTheRecordsAsPublished() {
        String id = create();

        TestApi.Answer export = api().get(path() + "/export?format=json");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(export.header("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .endsWith(".json\""));
        JsonNode records = export.json();
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).isEqualTo(api().get(path() + "/" + id).data());
    }

    @Test
    default void exportsOnlyTheCallersWorkspace() {
        create();

        assertThat(stranger().get(path() + "/export?format=json").json()).isEmpty();
        assertThat(stranger().get(path() + "/export").body().lines()).hasSize(1);
    }

    @Test
    default void aViewerMayExport() {
        create();

        assertThat(withRole("viewer").get(path() + "/export?format=json").json()).hasSize(1);
    }

    @Test
    default void anUnknownFormatOrBadListParameterIsOne400() {
        JsonNode body = assertError(api().get(path() + "/export?format=xml&sort=nope"), 400, path() + "/export");

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("format", "sort");
    }

    @Test
    default void theExportIsForGetOnly() {
        TestApi.Answer answer = api().post(path() + "/export", "{}");

        assertError(answer, 405, path() + "/export");
        assertThat(answer.header("Allow")).contains("GET");
    }
}
