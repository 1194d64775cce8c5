package com.axolop.crm.adapter.rest.email;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.email.EmailTemplateFilter;
import com.axolop.crm.application.email.EmailTemplateService;
import com.axolop.crm.application.email.EmailTemplateSortField;
import com.axolop.crm.application.email.ManageEmailTemplatesUseCase;
import com.axolop.crm.application.email.RenderedEmail;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code /api/v1/email-templates}: the workspace's own templates (a syntax error is a 400 naming line and column),
 * and {@code POST /{id}/preview}, which renders one of them, or a base template by its name, with the body's data.
 */
public final class EmailTemplateHttpService implements HttpService {
    public static final String PATH = "/api/v1/email-templates";

    private final RecordRoutes<EmailTemplate, EmailTemplateDetails, EmailTemplateFilter, EmailTemplateSortField>
            records;
    private final ManageEmailTemplatesUseCase templates;

    public EmailTemplateHttpService(ManageEmailTemplatesUseCase templates) {
        this.templates = templates;
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, EmailTemplateService.KIND, templates,
                EmailTemplateJson::details, params -> new EmailTemplateFilter(params.dateRange()),
                EmailTemplateSortField.class, new Sort<>(EmailTemplateSortField.CREATED_AT, Sort.Direction.DESC),
                List.of()));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/preview", Reply.handler(this::preview))
                .any("/{id}/preview", Responses.methodNotAllowed("POST"));
        records.routing(rules);
    }

    private Reply preview(ServerRequest req) {
        var data = EmailTemplateJson.previewData(JsonBody.readOptional(req));
        RenderedEmail email = templates.preview(AuthenticationFilter.actor(req), req.path().pathParameters().get("id"),
                data);
        var body = new LinkedHashMap<String, Object>();
        body.put("subject", email.subject());
        body.put("html", email.html());
        body.put("text", email.text());
        return Reply.data(Status.OK_200, body);
    }
}
