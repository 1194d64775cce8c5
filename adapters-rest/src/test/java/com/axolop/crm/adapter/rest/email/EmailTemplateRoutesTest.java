package com.axolop.crm.adapter.rest.email;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static com.axolop.crm.adapter.rest.ErrorFormat.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/email-templates}: the record contract, a refused source, previews (over the fake renderer). */
class EmailTemplateRoutesTest extends RecordRoutesContract {
    EmailTemplateRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/email-templates";
    }

    @Override
    public String validBody() {
        return "{\"name\":\"Follow-up\",\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";
    }

    @Override
    public String changedBody() {
        return "{\"name\":\"Follow-up 2\",\"subject\":\"Hello\",\"html\":\"<p>Hello</p>\"}";
    }

    @Test
    void requiresNameSubjectAndHtmlReportingEachMissingOne() {
        JsonNode body = assertError(api.post(path(), "{\"subject\":5}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("name", "subject", "html");
    }

    @Test
    void aSourceTheRendererRefusesIsA400OnItsField() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"subject\":\"s\",\"html\":\"BROKEN\"}"), 400,
                path());

        assertThat(messageFor(body, "html")).isEqualTo("html has a syntax error at line 1, column 1: BROKEN");
    }

    @Test
    void previewsAStoredTemplateWithTheBodysData() {
        String id = create();

        JsonNode preview = api.post(path() + "/" + id + "/preview", "{\"data\":{\"b\":1,\"a\":2}}").data();

        assertThat(preview.path("subject").asText()).isEqualTo("Follow-up for null {\"a\":2,\"b\":1}");
        assertThat(preview.path("html").asText()).startsWith("<p>");
        assertThat(preview.has("text")).isTrue();
    }

    @Test
    void previewsABaseTemplateByNameWithoutABody() {
        assertThat(api.post(path() + "/welcome/preview", "").data().path("subject").asText())
                .isEqualTo("welcome for null {}");
    }

    @Test
    void previewDataMustBeAnObject() {
        JsonNode body = assertError(api.post(path() + "/welcome/preview", "{\"data\":[1]}"), 400,
                path() + "/welcome/preview");

        assertThat(fieldsInError(body)).containsExactly("data");
    }

    @Test
    void previewingAnUnknownNameOrIdIs404() {
        assertError(api.post(path() + "/unknown/preview", "{}"), 404, path() + "/unknown/preview");
        assertError(api.post(path() + "/0190a000-0000-7000-8000-000000000000/preview", "{}"), 404,
                path() + "/0190a000-0000-7000-8000-000000000000/preview");
    }

    @Test
    void previewAllowsOnlyPost() {
        assertThat(api.get(path() + "/welcome/preview").status()).isEqualTo(405);
    }
}
