package com.axolop.crm.adapter.rest.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.workflow.Condition.Operator;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.UpdatableField;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowJsonTest {
    private static final String MANUAL = "\"trigger\":{\"type\":\"manual\"}";

    private static WorkflowDetails details(String body) throws JsonProcessingException {
        return WorkflowJson.details((ObjectNode) Json.MAPPER.readTree(body));
    }

    private static List<String> refusals(String body) {
        return catchThrowableOfType(ApiException.class, () -> details(body)).errors().stream()
                .map(FieldViolation::message).toList();
    }

    @Test
    void readsADefinitionWithEveryKindOfStepActiveUnlessSaidOtherwise() throws JsonProcessingException {
        WorkflowDetails workflow = details("""
                {"name":"Qualified leads","trigger":{"type":"event","event":"lead.status_changed",
                  "conditions":[{"field":"to","op":"in","value":["QUALIFIED","CONTACTED"]}]},
                 "steps":[{"type":"update_field","field":"value","value":1500},
                  {"type":"add_tag","tag":"hot"},{"type":"assign","to":"rep-7"},{"type":"wait","hours":2},
                  {"type":"condition","if":[{"field":"lead.value","op":"gte","value":1000}],
                   "then":[{"type":"send_email","template":"welcome","to":"{{lead.email}}","data":{"b":1,"a":2}}],
                   "else":[{"type":"webhook","url":"https://hooks.example.com/x"}]}]}""");

        assertThat(workflow).isEqualTo(new WorkflowDetails("Qualified leads", null, true,
                Trigger.on("lead.status_changed", List.of(new Condition("to", Operator.IN,
                        List.of("QUALIFIED", "CONTACTED")))),
                List.of(new UpdateField(UpdatableField.VALUE, new BigDecimal("1500")), new AddTag("hot"),
                        new Assign(new UserId("rep-7")), new Wait(2, Wait.Unit.HOURS),
                        new Conditional(List.of(new Condition("lead.value", Operator.GTE, 1000)),
                                List.of(new SendEmail("welcome", "{{lead.email}}", new CustomFields("{\"a\":2,\"b\":1}"))),
                                List.of(new CallWebhook("https://hooks.example.com/x"))))));
        assertThat(details("{\"name\":\"W\"," + MANUAL + ",\"active\":false,\"steps\":[{\"type\":\"add_tag\","
                + "\"tag\":\"x\"}]}").active()).isFalse();
    }

    @Test
    void namesEveryFlawedPartOfTheTriggerAndOfEveryStepByItsPathAtOnce() {
        assertThat(refusals("""
                {"name":"","trigger":{"type":"event","event":"lead.created",
                  "conditions":[{"field":"lead.status","op":"like","value":"NEW"},{"field":"x","op":"in","value":1}]},
                 "steps":[{"type":"add_tag","tag":"ok"},{"type":"condition","if":[{"field":"to","op":"eq","value":1}],
                   "then":[{"type":"add_tag","tag":" "}]},{"type":"wait","minutes":0},{"type":"jump"},
                  {"type":"update_field","field":"status","value":"CONVERTED"},{"type":"send_email","template":"w",
                   "to":"nobody","data":[]},{"type":"webhook","url":"ftp://x.io"},{"type":"assign"}]}""")).containsExactly(
                "name is required",
                "trigger.conditions[0].op must be one of eq, ne, in, gt, gte, lt, lte, contains, changed_to",
                "trigger.conditions[1].value must be an array of 1 to 100 strings, numbers or booleans for in",
                "steps[1].then[0].tag is required",
                "steps[2].minutes must be a positive integer",
                "steps[3].type must be one of update_field, add_tag, assign, wait, condition, send_email, webhook",
                "steps[4].value cannot be CONVERTED: only converting a lead sets it",
                "steps[5].data must be a JSON object",
                "steps[5].to must be an email address or a placeholder such as {{lead.email}}",
                "steps[6].url must be an http or https URL of at most 2000 characters",
                "steps[7].to is required");
    }

    @Test
    void aWebhookStepMayCarryAStandardWebhooksSecretToSignWith() throws JsonProcessingException {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        assertThat(details("{\"name\":\"W\"," + MANUAL + ",\"steps\":[{\"type\":\"webhook\",\"url\":"
                + "\"https://hooks.example.com/x\",\"secret\":\"" + secret + "\"}]}").steps())
                .containsExactly(new CallWebhook("https://hooks.example.com/x", new WebhookSecret(secret)));
        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[{\"type\":\"webhook\",\"url\":"
                + "\"https://hooks.example.com/x\",\"secret\":\"whsec_c2hvcnQ=\"},{\"type\":\"webhook\",\"url\":"
                + "\"https://hooks.example.com/x\",\"secret\":7}]}")).containsExactly(
                "steps[0].secret must be a Standard Webhooks secret: whsec_ and the base64 of at least 24 bytes",
                "steps[1].secret must be a string");
    }

    @Test
    void aWaitNamesExactlyOneUnit() {
        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[{\"type\":\"wait\",\"hours\":1,\"days\":1},"
                + "{\"type\":\"wait\"},{\"type\":\"wait\",\"days\":1.5}]}")).containsExactly(
                "steps[0] needs exactly one of minutes, hours or days",
                "steps[1] needs exactly one of minutes, hours or days",
                "steps[2].days must be an integer");
    }

    @Test
    void aConditionStepNeedsItsConditionsAndAStepInABranch() {
        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[{\"type\":\"condition\",\"then\":[]},"
                + "{\"type\":\"condition\",\"if\":{},\"then\":[{\"type\":\"add_tag\",\"tag\":\"x\"}]}]}"))
                .containsExactly("steps[0].if must hold 1 to 20 conditions", "steps[0] needs a step in then or else",
                        "steps[1].if must be an array of objects");
    }

    @Test
    void theTriggerIsRequiredAndAManualOneHasNoEvent() {
        assertThat(refusals("{\"name\":\"W\",\"steps\":[{\"type\":\"add_tag\",\"tag\":\"x\"}]}"))
                .containsExactly("trigger is required");
        assertThat(refusals("""
                {"name":"W","trigger":{"type":"manual","event":"lead.created"},"steps":[{"type":"add_tag","tag":"x"}]}"""))
                .containsExactly("trigger.event is only for an event trigger");
        assertThat(refusals("""
                {"name":"W","trigger":{"type":"event","event":"workflow.started"},"steps":[]}""")).hasSize(2)
                .first().asString().startsWith("trigger.event must be one of lead.created,");
    }

    @Test
    void checksHowTheStepsFitTogetherOnceEveryStepReads() {
        String deep = "{\"type\":\"condition\",\"if\":[{\"field\":\"to\",\"op\":\"eq\",\"value\":1}],\"then\":[%s]}";
        String fourLevels = deep.formatted(deep.formatted(deep.formatted("{\"type\":\"add_tag\",\"tag\":\"x\"}")));

        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[" + fourLevels + ",{\"type\":\"wait\","
                + "\"days\":365},{\"type\":\"wait\",\"days\":1}]}")).containsExactly(
                "steps[0].then[0].then[0].then nests steps deeper than 3 levels",
                "steps must wait at most 365 days on any path; the longest waits 366 days");
        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[]}"))
                .containsExactly("steps must hold at least one step");
        assertThat(refusals("{\"name\":\"W\"," + MANUAL + ",\"steps\":[{\"type\":\"add_tag\"}]}"))
                .containsExactly("steps[0].tag is required");
    }
}
