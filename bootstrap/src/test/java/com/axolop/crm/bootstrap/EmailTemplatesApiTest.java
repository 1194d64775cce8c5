package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Custom email templates and previews end to end, with the real FreeMarker renderer. */
class EmailTemplatesApiTest extends RecordApiContract {
    @Override
    String path() {
        return "/api/v1/email-templates";
    }

    @Override
    String validBody() {
        return """
                {"name":"Follow-up","subject":"Hi ${firstName}","html":"<p>Hello ${firstName}, <@ifEquals a=tier b=\\"gold\\">VIP</@ifEquals></p>"}""";
    }

    @Override
    String changedBody() {
        return """
                {"name":"Follow-up 2","subject":"Hello again ${firstName}","html":"<p>${uppercase(firstName)}</p>"}""";
    }

    private JsonNode preview(String template, String data) {
        Api.Answer answer = api.post(path() + "/" + template + "/preview", "{\"data\":" + data + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("data");
    }

    @Test
    void previewsACustomTemplateWithTheGivenDataEscapingIt() {
        String id = create();

        JsonNode preview = preview(id, "{\"firstName\":\"<Jane>\",\"tier\":\"gold\"}");

        assertThat(preview.path("subject").asText()).isEqualTo("Hi <Jane>");
        assertThat(preview.path("html").asText()).isEqualTo("<p>Hello &lt;Jane&gt;, VIP</p>");
        assertThat(preview.path("text").asText()).isEqualTo("Hello <Jane>, VIP\n");
    }

    @Test
    void previewsABaseTemplateByItsName() {
        JsonNode preview = preview("welcome", "{\"firstName\":\"John\",\"companyName\":\"Axolop\","
                + "\"getStartedLink\":\"https://app.axolop.com/start\"}");

        assertThat(preview.path("subject").asText()).isEqualTo("Welcome to Axolop");
        assertThat(preview.path("html").asText()).contains("Welcome, John!");
        assertThat(preview.path("text").asText()).contains("Get started (https://app.axolop.com/start)");
    }

    @Test
    void anUnknownTemplateNameIsA404() {
        assertError(api.post(path() + "/nope/preview", "{}"), 404, path() + "/nope/preview");
    }

    @Test
    void aTemplateWithASyntaxErrorIsRefusedNamingLineAndColumn() {
        Api.Answer answer = api.post(path(), "{\"name\":\"Bad\",\"subject\":\"s\",\"html\":\"<p>\\n<#if x>open</p>\"}");

        assertError(answer, 400, path());
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("html");
        assertThat(answer.json().at("/errors/0/message").asText()).matches("html has a syntax error at line \\d+, "
                + "column \\d+: .+");
        assertThat(api.get(path()).json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void anUpdateWithASyntaxErrorKeepsTheStoredTemplate() {
        String id = create();

        Api.Answer answer = api.put(path() + "/" + id, "{\"name\":\"x\",\"subject\":\"Hi ${\",\"html\":\"x\"}");

        assertError(answer, 400, path() + "/" + id);
        assertThat(answer.json().at("/errors/0/message").asText()).startsWith("subject has a syntax error at line 1");
        assertThat(api.get(path() + "/" + id).json().at("/data/name").asText()).isEqualTo("Follow-up");
    }

    @Test
    void templatesThatReachForJavaClassesAreRefused() {
        for (String html : List.of("${\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")}",
                "${x?api.class}")) {
            Api.Answer answer = api.post(path(), "{\"name\":\"Evil\",\"subject\":\"s\",\"html\":\"" + html + "\"}");

            assertError(answer, 400, path());
            assertThat(answer.json().at("/errors/0/message").asText()).contains("which templates may not");
        }
    }

    @Test
    void aPreviewMissingAVariableIsA400NamingWhere() {
        String id = create();

        Api.Answer answer = api.post(path() + "/" + id + "/preview", "{\"data\":{}}");

        assertError(answer, 400, path() + "/" + id + "/preview");
        assertThat(answer.json().at("/errors/0/message").asText()).startsWith("subject could not be rendered at "
                + "line 1, column 6");
    }

    @Test
    void anotherWorkspacesTemplateCannotBePreviewed() {
        String id = create();

        Api.Answer answer = Api.as(TestTokens.member("other-" + workspace)).post(path() + "/" + id + "/preview", "{}");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void publishesTemplateEventsMatchingTheirSchemas() {
        try (var tap = new EventTap(workspace, "crm.email")) {
            String id = create();
            api.put(path() + "/" + id, changedBody());
            api.delete(path() + "/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);
            assertThat(events).extracting(event -> EventTap.header(event, "ce_type"))
                    .containsExactly("email.template_created", "email.template_updated", "email.template_deleted");
            assertThat(events).allSatisfy(event -> assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"),
                    event.value())).isEmpty());
        }
    }
}
