package com.axolop.crm.adapter.rest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionBodyTest {
    private static Map<String, Object> urlencoded(String body) {
        return SubmissionBody.urlencoded(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> json(String body) throws JsonProcessingException {
        return SubmissionBody.json((ObjectNode) Json.MAPPER.readTree(body));
    }

    @Test
    void urlencodedFieldsAreDecodedTextInTheOrderSent() {
        assertThat(urlencoded("full_name=Jane+Doe&email=jane%40acme.com&budget=1200&caf%C3%A9=cr%C3%A8me"))
                .containsExactly(Map.entry("full_name", "Jane Doe"), Map.entry("email", "jane@acme.com"),
                        Map.entry("budget", "1200"), Map.entry("café", "crème"));
    }

    @Test
    void aUrlencodedValueMayHoldAnEqualsSign() {
        assertThat(urlencoded("note=a=b")).containsExactly(Map.entry("note", "a=b"));
    }

    @Test
    void aUrlencodedFieldWithoutAValueIsEmpty() {
        assertThat(urlencoded("consent&website=")).containsExactly(Map.entry("consent", ""), Map.entry("website", ""));
    }

    @Test
    void emptyUrlencodedPairsAreSkipped() {
        assertThat(urlencoded("&a=1&&b=2&")).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(urlencoded("")).isEmpty();
    }

    @Test
    void aUrlencodedFieldSentTwiceIsRefusedByName() {
        assertThatThrownBy(() -> urlencoded("email=a%40b.io&full_name=Jane&email=c%40d.io"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.BAD_REQUEST_400);
                    assertThat(e.getMessage()).isEqualTo("Validation failed");
                    assertThat(e.errors()).containsExactly(new FieldViolation("email", "email must be sent once"));
                });
    }

    @Test
    void aFieldIsTheSameFieldWhetherItsNameIsEncodedOrNot() {
        assertThatThrownBy(() -> urlencoded("full_name=Jane&full%5Fname=Joe"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldViolation("full_name", "full_name must be sent once")));
    }

    @Test
    void malformedPercentEncodingIsABadRequest() {
        assertThatThrownBy(() -> urlencoded("email=a%zzb")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(e.getMessage()).startsWith("Malformed form body: ");
            assertThat(e.errors()).isEmpty();
        });
        assertThatThrownBy(() -> urlencoded("na%2=x")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).startsWith("Malformed form body: "));
    }

    @Test
    void jsonValuesAreStringsDecimalsBooleansAndNulls() throws JsonProcessingException {
        Map<String, Object> values = json("""
                {"name":"Jane","budget":12.50,"seats":3,"consent":true,"email":null}""");

        assertThat(values).containsOnlyKeys("name", "budget", "seats", "consent", "email");
        assertThat(values.get("name")).isEqualTo("Jane");
        assertThat((BigDecimal) values.get("budget")).isEqualByComparingTo("12.5");
        assertThat(values.get("seats")).isEqualTo(new BigDecimal("3"));
        assertThat(values.get("consent")).isEqualTo(true);
        assertThat(values.get("email")).isNull();
    }

    @Test
    void aJsonArrayOrObjectIsPassedOnAsSomethingNoFieldAccepts() throws JsonProcessingException {
        Map<String, Object> values = json("""
                {"tags":[1,2],"address":{"city":"Oslo"}}""");

        assertThat(values).containsEntry("tags", List.of("[1,2]"))
                .containsEntry("address", Map.of("object", "{\"city\":\"Oslo\"}"));
    }
}
