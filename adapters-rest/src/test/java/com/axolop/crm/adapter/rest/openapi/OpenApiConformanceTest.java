package com.axolop.crm.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check the test clients run on every answer: it passes what the document describes and catches what it does not. */
class OpenApiConformanceTest {
    private static final String LEAD = """
            {"id": "0190c3f2-4b1e-7c3a-9d2e-1f2a3b4c5d6e", "workspace_id": "ws-1", "name": "Ada", "email": null,
             "phone": null, "company": "Acme", "type": null, "status": "NEW", "value": 10.5, "currency": "USD",
             "source": null, "notes": null, "tags": [], "custom_fields": {}, "assigned_to": null,
             "created_by": "user-1", "created_at": "2026-12-01T08:00:00Z", "updated_at": "2026-12-01T08:00:00Z",
             "version": 1}""";

    @Test
    void passesALeadAsTheDocumentDescribesIt() {
        assertThat(OpenApiConformance.violation("GET", "/api/v1/leads/0190c3f2-4b1e-7c3a-9d2e-1f2a3b4c5d6e", 200,
                "application/json", "{\"data\": " + LEAD + "}")).isEmpty();
    }

    @Test
    void catchesARenamedField() {
        String renamed = LEAD.replace("\"company\"", "\"company_name\"");

        assertThat(OpenApiConformance.violation("GET", "/api/v1/leads/0190c3f2-4b1e-7c3a-9d2e-1f2a3b4c5d6e", 200,
                "application/json", "{\"data\": " + renamed + "}"))
                .hasValueSatisfying(violation -> assertThat(violation).contains("company"));
    }

    @Test
    void catchesAFieldOfTheWrongType() {
        String wrong = LEAD.replace("\"version\": 1", "\"version\": \"1\"");

        assertThat(OpenApiConformance.violation("POST", "/api/v1/leads", 201, "application/json",
                "{\"data\": " + wrong + "}")).hasValueSatisfying(violation -> assertThat(violation).contains("version"));
    }

    @Test
    void prefersAFixedPathOverAParameter() {
        assertThat(OpenApiConformance.violation("POST", "/api/v1/leads/batch", 200, "application/json",
                "{\"data\": {\"results\": [], \"summary\": {\"total\": 0, \"created\": 0, \"updated\": 0,"
                        + " \"unchanged\": 0, \"failed\": 0}}}")).isEmpty();
    }

    @Test
    void catchesASuccessStatusTheOperationDoesNotDocument() {
        assertThat(OpenApiConformance.violation("DELETE", "/api/v1/leads/0190c3f2-4b1e-7c3a-9d2e-1f2a3b4c5d6e", 200,
                "application/json", "{}")).hasValueSatisfying(violation -> assertThat(violation).contains("not documented"));
    }

    @Test
    void catchesARouteTheDocumentDoesNotHave() {
        assertThat(OpenApiConformance.violation("GET", "/api/v1/nothing-here", 200, "application/json", "{}"))
                .hasValueSatisfying(violation -> assertThat(violation).contains("no operation"));
    }

    @Test
    void holdsEveryErrorToTheErrorEnvelope() {
        String error = """
                {"status": "error", "message": "Route not found", "statusCode": 404,
                 "timestamp": "2026-12-01T08:00:00Z", "path": "/x", "requestId": "r-1"}""";

        assertThat(OpenApiConformance.violation("GET", "/x", 404, "application/json", error)).isEmpty();
        assertThat(OpenApiConformance.violation("GET", "/x", 404, "application/json", "{\"error\": \"nope\"}"))
                .isPresent();
        assertThat(OpenApiConformance.violation("GET", "/x", 404, "text/html", "<h1>Not found</h1>")).isPresent();
    }
}
