package com.axolop.crm.adapter.rest.form;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/forms}: the record contract for form definitions (submissions: FormSubmissionRoutesTest). */
class FormRoutesTest extends RecordRoutesContract {
    static final String FIELDS = """
            [{"name":"full_name","label":"Your name","type":"text","required":true},
             {"name":"email","label":"Email","type":"email","required":true},
             {"name":"size","label":"Team size","type":"select","options":["1-10","11-50"]},
             {"name":"budget","label":"Budget","type":"number"},
             {"name":"consent","label":"You may contact me","type":"checkbox","required":true},
             {"name":"message","label":"Message","type":"textarea"}]""";
    static final String MAPPING = """
            {"full_name":"name","email":"email","budget":"value","message":"notes"}""";

    FormRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/forms";
    }

    @Override
    public String validBody() {
        return "{\"name\":\"Contact us\",\"fields\":" + FIELDS + ",\"mapping\":" + MAPPING + "}";
    }

    @Override
    public String changedBody() {
        return "{\"name\":\"Talk to sales\",\"fields\":" + FIELDS + ",\"mapping\":" + MAPPING + "}";
    }

    @Test
    void publishesTheDefinitionWithDefaults() {
        JsonNode form = api.post(path(), validBody()).data();

        assertThat(form.path("active").asBoolean()).isTrue();
        assertThat(form.path("honeypot_field").asText()).isEqualTo("_hp");
        assertThat(form.at("/fields/2/options").toString()).isEqualTo("[\"1-10\",\"11-50\"]");
        assertThat(form.path("mapping").toString()).isEqualTo(MAPPING.strip());
    }

    @Test
    void reportsEveryFlawOfADefinitionAtOnceNamingFieldsByPosition() {
        JsonNode body = assertError(api.post(path(), """
                {"name":"","fields":[{"name":"a","label":"A","type":"color"},{"name":"s","label":"S","type":"select"},
                 {"name":"e","label":"E","type":"email"}],"mapping":{"e":"value"},"active":"yes"}"""), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("active", "name", "fields[0].type", "fields[1]",
                "mapping");
    }

    @Test
    void aNumberFieldCannotFillATextFieldOfTheLead() {
        JsonNode body = assertError(api.post(path(), """
                {"name":"F","fields":[{"name":"n","label":"N","type":"number"}],"mapping":{"n":"name"}}"""), 400, path());

        assertThat(fieldsInError(body)).containsExactly("mapping");
    }

    @Test
    void filtersByActive() {
        String active = create();
        api.create(path(), validBody().replace("{\"name\"", "{\"active\":false,\"name\""));

        assertThat(api.get(path() + "?active=true").listed("id")).containsExactly(active);
        assertThat(fieldsInError(assertError(api.get(path() + "?active=maybe"), 400, path())))
                .containsExactly("active");
    }

    @Test
    void formsHaveNoExport() {
        assertError(api.get(path() + "/export"), 404, path() + "/export");
    }
}
