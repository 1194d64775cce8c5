package com.axolop.crm.adapter.rest.form;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.form.FormFilter;
import com.axolop.crm.application.form.FormService;
import com.axolop.crm.application.form.FormSnapshot;
import com.axolop.crm.application.form.FormSortField;
import com.axolop.crm.application.form.ManageFormsUseCase;
import com.axolop.crm.application.form.SubmissionGate;
import com.axolop.crm.application.form.SubmitFormUseCase;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/forms}: form definitions for members, their submissions, and the public
 * {@code POST /{id}/submit} that anyone may call: rate-limited per client address (the general limit), per form
 * and per workspace, at most 64 KB, and answered alike whatever happened to the lead.
 */
public final class FormHttpService implements HttpService {
    /** A form's columns in an export package's CSV: fields and mapping as JSON. */
    public static final List<String> PACKAGE_COLUMNS = List.of("id", "name", "description", "fields", "mapping",
            "active", "honeypot_field", "created_by", "created_at", "updated_at", "version");
    public static final String PATH = "/api/v1/forms";

    private final RecordRoutes<Form, FormDetails, FormFilter, FormSortField> records;
    private final ManageFormsUseCase forms;
    private final SubmitFormUseCase submit;
    private final RateLimitGate gate;
    private final RateLimits limits;

    public FormHttpService(ManageFormsUseCase forms, SubmitFormUseCase submit, RateLimitGate gate, RateLimits limits) {
        this.forms = forms;
        this.submit = submit;
        this.gate = gate;
        this.limits = limits;
        this.records = new RecordRoutes<>(resource(forms, List.of()));
    }

    /**
     * Forms as a record resource: no export route of their own ({@code exportColumns} empty), but a file in an
     * export package (with {@link #PACKAGE_COLUMNS}).
     */
    public static RecordResource<Form, FormDetails, FormFilter, FormSortField> resource(ManageFormsUseCase forms,
                                                                                     List<String> exportColumns) {
        return new RecordResource<>(PATH, FormService.KIND, forms, FormJson::details, FormHttpService::filter,
                FormSortField.class, new Sort<>(FormSortField.CREATED_AT, Sort.Direction.DESC), exportColumns);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/submit", Reply.handler(this::submit))
                .any("/{id}/submit", Responses.methodNotAllowed("POST"))
                .get("/{id}/submissions", this::submissions)
                .any("/{id}/submissions", Responses.methodNotAllowed("GET"));
        records.routing(rules);
    }

    /** The submit route, which {@code AuthenticationFilter} lets through without a token. */
    public static boolean isPublic(String method, String path) {
        return method.equals("POST") && path.startsWith(PATH + "/") && path.endsWith("/submit")
                && path.indexOf('/', PATH.length() + 1) == path.length() - "/submit".length();
    }

    /**
     * 201 {@code {"status": "received", "submission_id"}} whether the email was new or known, and for a filled
     * honeypot too (with an id that names nothing): an anonymous caller learns nothing about the workspace's leads.
     */
    private Reply submit(ServerRequest req) {
        var id = records.id(req);
        Map<String, Object> values = SubmissionBody.values(req);
        SubmissionGate admit = (workspace, form) -> {
            gate.admit("form:" + form, limits.formSubmitPerForm());
            gate.admit("workspace:" + workspace, limits.formSubmitPerWorkspace());
        };
        Optional<FormSubmission> submission = submit.submit(id, values, admit);
        var data = new LinkedHashMap<String, Object>();
        data.put("status", "received");
        data.put("submission_id", submission.map(accepted -> accepted.id()).orElseGet(Id::newId).toString());
        return Reply.data(Status.CREATED_201, data);
    }

    private void submissions(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        PageRequest page = new QueryParams(req.query(), errors).page();
        errors.throwIfAny();
        Responses.page(res, forms.submissions(AuthenticationFilter.actor(req), records.id(req), page),
                FormSnapshot::of);
    }

    private static FormFilter filter(QueryParams params) {
        return new FormFilter(params.bool("active"), params.dateRange());
    }
}
