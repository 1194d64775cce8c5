package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.workflow.Condition.Operator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowStepsTest {
    private static final Condition IS_VIP = new Condition("lead.tags", Operator.CONTAINS, "vip");

    @Test
    void eachStepNamesItsTypeAsTheApiDoes() {
        assertThat(WorkflowStep.TYPES).containsExactly("update_field", "add_tag", "assign", "wait", "condition",
                "send_email", "webhook");
        assertThat(new Wait(1, Wait.Unit.DAYS).type()).isEqualTo("wait");
        assertThat(new CallWebhook("https://example.com").type()).isEqualTo("webhook");
    }

    @Test
    void updateFieldSetsAFieldAClientMaySetWithAValueThatFieldTakes() {
        assertThat(new UpdateField(UpdatableField.STATUS, "QUALIFIED").value()).isEqualTo("QUALIFIED");
        assertThat(new UpdateField(UpdatableField.STAGE, "PROPOSAL").value()).isEqualTo("PROPOSAL");
        assertThat(new UpdateField(UpdatableField.TAGS, List.of(" vip ", "vip", "hot")).value())
                .isEqualTo(List.of("vip", "hot"));
        assertThat(new UpdateField(UpdatableField.ASSIGNED_TO, "rep-7").value()).isEqualTo("rep-7");
        assertThat(new UpdateField(UpdatableField.EXPECTED_CLOSE_DATE, "2024-12-31").value()).isEqualTo("2024-12-31");
        assertThatThrownBy(() -> new UpdateField(UpdatableField.STATUS, "WON"))
                .hasMessage("value must be one of NEW, CONTACTED, QUALIFIED, UNQUALIFIED, CONVERTED, LOST");
        assertThatThrownBy(() -> new UpdateField(UpdatableField.TAGS, "vip"))
                .hasMessage("value must be an array of strings");
        assertThatThrownBy(() -> new UpdateField(UpdatableField.EMAIL, "nope"))
                .hasMessage("value must be a valid email address");
        assertThatThrownBy(() -> new UpdateField(UpdatableField.EXPECTED_CLOSE_DATE, "2024-12-31T00:00:00Z"))
                .hasMessage("value must be an ISO date (2024-01-31)");
    }

    @Test
    void updateFieldKeepsNumbersAsTheRecordDoes() {
        assertThat(new UpdateField(UpdatableField.VALUE, new BigDecimal("1000")).value())
                .isEqualTo(new BigDecimal("1000.00"));
        assertThat(new UpdateField(UpdatableField.PROBABILITY, 75).value()).isEqualTo(new BigDecimal("75"));
        assertThatThrownBy(() -> new UpdateField(UpdatableField.VALUE, -1))
                .hasMessage("value must be greater than or equal to 0");
        for (Object percent : new Object[] {101, -1, 50.5, "50", 4_294_967_346L}) {
            assertThatThrownBy(() -> new UpdateField(UpdatableField.PROBABILITY, percent)).as(String.valueOf(percent))
                    .hasMessageStartingWith("value must ");
        }
    }

    @Test
    void updateFieldClearsAnOptionalFieldButNotARequiredOne() {
        assertThat(new UpdateField(UpdatableField.NOTES, null).value()).isNull();
        assertThat(new UpdateField(UpdatableField.OWNER, null).value()).isNull();
        for (UpdatableField required : List.of(UpdatableField.NAME, UpdatableField.STATUS, UpdatableField.STAGE,
                UpdatableField.CURRENCY)) {
            assertThatThrownBy(() -> new UpdateField(required, null)).as(required.apiName())
                    .hasMessage("value is required");
        }
    }

    @Test
    void updateFieldCannotConvertALead() {
        assertThatThrownBy(() -> new UpdateField(UpdatableField.STATUS, "CONVERTED"))
                .hasMessage("value cannot be CONVERTED: only converting a lead sets it");
    }

    @Test
    void updatableFieldsAreNamedInLowerCase() {
        assertThat(UpdatableField.parse("assigned_to")).isEqualTo(UpdatableField.ASSIGNED_TO);
        assertThatThrownBy(() -> UpdatableField.parse("custom_fields")).hasMessageStartingWith("must be one of name,");
    }

    @Test
    void addTagTakesOneTrimmedTag() {
        assertThat(new AddTag(" vip ").tag()).isEqualTo("vip");
        assertThatThrownBy(() -> new AddTag(" ")).hasMessage("is required");
        assertThatThrownBy(() -> new AddTag("a\nb")).hasMessage("must not contain control characters");
        assertThatThrownBy(() -> new AddTag("x".repeat(51))).hasMessage("must be at most 50 characters");
    }

    @Test
    void assignNamesAUser() {
        assertThat(new Assign(new UserId("rep-7")).to().value()).isEqualTo("rep-7");
    }

    @Test
    void waitTakesAPositiveAmountOfOneUnitUpTo365Days() {
        assertThat(new Wait(90, Wait.Unit.MINUTES).duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(new Wait(365, Wait.Unit.DAYS).duration()).isEqualTo(Duration.ofDays(365));
        assertThat(new Wait(8760, Wait.Unit.HOURS).duration()).isEqualTo(Duration.ofDays(365));
        assertThatThrownBy(() -> new Wait(0, Wait.Unit.HOURS)).hasMessage("hours must be a positive integer");
        assertThatThrownBy(() -> new Wait(366, Wait.Unit.DAYS)).hasMessage("days must be at most 365 (365 days)");
        assertThatThrownBy(() -> new Wait(525_601, Wait.Unit.MINUTES))
                .hasMessage("minutes must be at most 525600 (365 days)");
    }

    @Test
    void aConditionStepAsksOneToTwentyConditionsAndHasAStepInOneOfItsBranches() {
        var tagged = new Conditional(List.of(IS_VIP), List.of(new AddTag("priority")), null);

        assertThat(tagged.otherwise()).isEmpty();
        assertThatThrownBy(() -> new Conditional(List.of(), List.of(new AddTag("x")), List.of()))
                .hasMessage("if must hold 1 to 20 conditions");
        assertThatThrownBy(() -> new Conditional(List.of(IS_VIP), List.of(), null))
                .hasMessage("needs a step in then or else");
    }

    @Test
    void sendEmailNamesATemplateAndAnAddressOrAPlaceholderOfTheEvent() {
        var welcome = new SendEmail("welcome", " jane@acme.com ", null);
        var notify = new SendEmail("leadNotification", "{{ lead.email }}", new CustomFields("{\"a\":1}"));

        assertThat(welcome.to()).isEqualTo("jane@acme.com");
        assertThat(welcome.data()).isEqualTo(CustomFields.EMPTY);
        assertThat(new SendEmail("0190A000-0000-7000-8000-00000000000F", "jane@acme.com", null).template())
                .as("an email template's id").isEqualTo("0190a000-0000-7000-8000-00000000000f");
        assertThat(notify.to()).isEqualTo("{{lead.email}}");
        assertThatThrownBy(() -> new SendEmail("no such template!", "jane@acme.com", null))
                .hasMessageStartingWith("template must be a template name such as welcome");
        for (String to : new String[] {"jane", "{{lead..email}}", "{{lead.email}"}) {
            assertThatThrownBy(() -> new SendEmail("welcome", to, null)).as(to)
                    .hasMessage("to must be an email address or a placeholder such as {{lead.email}}");
        }
        assertThatThrownBy(() -> new SendEmail("welcome", null, null)).hasMessage("to is required");
    }

    @Test
    void aWebhookCallsAnHttpOrHttpsUrl() {
        assertThat(new CallWebhook(" https://hooks.example.com/crm?x=1 ").url())
                .isEqualTo("https://hooks.example.com/crm?x=1");
        assertThat(new CallWebhook("http://localhost:8080/hook").url()).isEqualTo("http://localhost:8080/hook");
        for (String url : new String[] {"ftp://example.com", "example.com/hook", "https://", "http://exa mple.com",
                "https://example.com/" + "x".repeat(2000)}) {
            assertThatThrownBy(() -> new CallWebhook(url)).as(url)
                    .hasMessage("url must be an http or https URL of at most 2000 characters");
        }
        assertThatThrownBy(() -> new CallWebhook(null)).hasMessage("url is required");
    }
}
