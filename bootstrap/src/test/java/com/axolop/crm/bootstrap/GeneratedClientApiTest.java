package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axolop.crm.client.ApiClient;
import com.axolop.crm.client.ApiException;
import com.axolop.crm.client.api.LeadsApi;
import com.axolop.crm.client.model.Error;
import com.axolop.crm.client.model.FieldViolation;
import com.axolop.crm.client.model.Lead;
import com.axolop.crm.client.model.LeadInput;
import com.axolop.crm.client.model.LeadPage;
import com.axolop.crm.client.model.LeadStatus;
import com.axolop.crm.client.model.LeadType;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is usable: the Java client the build generates from it ({@code com.axolop.crm.client}, library
 * native) creates, reads, lists and deletes leads on the running service and reads its refusals.
 */
class GeneratedClientApiTest {
    private final ApiClient client = client(TestTokens.member("ws-" + UUID.randomUUID()));
    private final LeadsApi leads = new LeadsApi(client);

    @Test
    void createsALeadAndReadsItBack() throws ApiException {
        Lead created = leads.createLead(new LeadInput().name("Generated Co").email("buyer@generated.test")
                .type(LeadType.fromValue("B2B_COMPANY")).value(new BigDecimal("1250.50")).tags(List.of("api")), null).getData();

        Lead read = leads.getLead(created.getId()).getData();

        assertThat(read.getName()).isEqualTo("Generated Co");
        assertThat(read.getEmail()).isEqualTo("buyer@generated.test");
        assertThat(read.getType()).isEqualTo(LeadType.fromValue("B2B_COMPANY"));
        assertThat(read.getStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(read.getValue()).isEqualByComparingTo("1250.50");
        assertThat(read.getCurrency()).isEqualTo("USD");
        assertThat(read.getTags()).containsExactly("api");
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getCreatedAt()).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(read.getId()).isEqualTo(created.getId());
    }

    @Test
    void listsTheWorkspaceLeadsWithTheirPagination() throws ApiException {
        UUID first = create("First");
        UUID second = create("Second");

        LeadPage page = leads.listLeads(LeadsApi.APIListLeadsRequest.newBuilder().page(1).limit(20).build());

        assertThat(page.getData()).extracting(Lead::getId).containsExactly(second, first);
        assertThat(page.getPagination().getTotal()).isEqualTo(2);
        assertThat(page.getPagination().getTotalPages()).isEqualTo(1);
    }

    @Test
    void deletesALead() throws ApiException {
        UUID id = create("Short-lived");

        leads.deleteLead(id, null);

        assertThat(catchThrowableOfType(ApiException.class, () -> leads.getLead(id)).getCode()).isEqualTo(404);
        assertThat(leads.listLeads(LeadsApi.APIListLeadsRequest.newBuilder().build()).getData()).isEmpty();
    }

    @Test
    void readsARefusalAsTheDocumentedErrorFormat() throws JsonProcessingException {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> leads.createLead(new LeadInput().name("").email("not-an-email"), null));

        Error error = client.getObjectMapper().readValue(refused.getResponseBody(), Error.class);
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getPath()).isEqualTo("/api/v1/leads");
        assertThat(error.getErrors()).extracting(FieldViolation::getField).containsExactlyInAnyOrder("name", "email");
    }

    private UUID create(String name) throws ApiException {
        return leads.createLead(new LeadInput().name(name), null).getData().getId();
    }

    private static ApiClient client(String token) {
        var client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                TestServer.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
