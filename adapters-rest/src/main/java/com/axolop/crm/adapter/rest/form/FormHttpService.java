package com.axolop.crm.adapter.rest.form;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.JsonFields;
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
import com.axolop.crm.application.form.SubmitFormUseCase;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormFieldType;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.form.LeadField;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.shared.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/forms}: form definitions for members, their submissions, and the public
 * {@code POST /{id}/submit} that anyone may call (rate-limited per client address).
 */
public final class FormHttpService implements HttpService {
    public static final String PATH = "/api/v1/forms";
    private static final String NOT_FOUND = "Form not found";

    private final RecordRoutes<Form, FormDetails, FormFilter, FormSortField> records;
    private final ManageFormsUseCase forms;
    private final SubmitFormUseCase submit;

    public FormHttpService(ManageFormsUseCase forms, SubmitFormUseCase submit) {
        this.forms = forms;
        this.submit = submit;
        var resource = new RecordResource<>(PATH, FormService.KIND, forms, FormHttpService::details, FormHttpService::filter,
                FormSortField.class, new Sort<>(FormSortField.CREATED_AT, Sort.Direction.DESC),
                List.of());
        this.records = new RecordRoutes<>(resource);
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

    private Reply submit(ServerRequest req) {
        var id = records.id(req);
        Map<String, Object> values = isFormPost(req) ? formValues(JsonBody.bytes(req)) : values(JsonBody.read(req));
        Optional<FormSubmission> submission = submit.submit(id, values);
        // A honeypot hit gets the same status as a real submission, so a bot learns nothing.
        var data = new LinkedHashMap<String, Object>();
        data.put("status", "received");
        submission.ifPresent(accepted -> {
            data.put("submission_id", accepted.id().toString());
            data.put("lead_id", accepted.leadId().toString());
        });
        return Reply.data(Status.CREATED_201, data);
    }

    private void submissions(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        PageRequest page = new QueryParams(req.query(), errors).page();
        errors.throwIfAny();
        Responses.page(res, forms.submissions(AuthenticationFilter.actor(req), records.id(req), page),
                FormSnapshot::of);
    }

    /** A plain HTML form posts its fields urlencoded rather than as JSON. */
    private static boolean isFormPost(ServerRequest req) {
        return req.headers().contentType().map(type -> type.test(MediaTypes.APPLICATION_FORM_URLENCODED))
                .orElse(false);
    }

    /** {@code a=1&b=x+y}: every value a string (the form's field types read numbers and checkboxes from text). */
    private static Map<String, Object> formValues(byte[] body) {
        var values = new LinkedHashMap<String, Object>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw ApiException.validation(List.of(new FieldViolation(name, name + " must be sent once")));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "Malformed form body: " + e.getMessage());
        }
    }

    /**
     * JSON values as the domain checks them: strings, BigDecimal numbers, booleans, null; an array or object is
     * passed as a list or map, which no field type accepts.
     */
    private static Map<String, Object> values(ObjectNode body) {
        var values = new LinkedHashMap<String, Object>();
        body.fields().forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getValue())));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            return List.of(node.toString());
        }
        return node.isNull() ? null : Map.of("object", node.toString());
    }

    static FormDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var json = new JsonFields(body, errors);
        String name = json.text("name");
        String description = json.text("description");
        List<ObjectNode> fieldNodes = json.objects("fields");
        ObjectNode mappingNode = json.object("mapping");
        Boolean active = json.bool("active");
        String honeypot = json.text("honeypot_field");

        errors.check("name", () -> Text.required(name, FormDetails.MAX_NAME));
        errors.check("description", () -> Text.optional(description, FormDetails.MAX_DESCRIPTION));
        List<FormField> fields = errors.check("fields",
                () -> FormDetails.checkFields(fieldNodes == null ? null : fields(fieldNodes, errors)));
        Map<String, LeadField> mapping = mappingNode == null ? null : mapping(mappingNode, errors);
        if (fields != null) {
            errors.check("honeypot_field", () -> FormDetails.checkHoneypot(honeypot, fields));
            errors.check("mapping", () -> FormDetails.checkMapping(mapping, fields));
        }
        errors.throwIfAny();
        return new FormDetails(name, description, fields, mapping, active == null || active, honeypot);
    }

    private static List<FormField> fields(List<ObjectNode> nodes, FieldErrors errors) {
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = "fields[" + i + "]";
            var item = new JsonFields(nodes.get(i), errors, at + ".");
            String name = item.text("name");
            String label = item.text("label");
            String type = item.text("type");
            Boolean required = item.bool("required");
            List<String> options = item.texts("options");
            FormFieldType validType = errors.check(at + ".type", () -> FormFieldType.parse(type));
            FormField field = validType == null ? null
                    : errors.check(at, () -> new FormField(name, label, validType, Boolean.TRUE.equals(required), options));
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Map<String, LeadField> mapping(ObjectNode node, FieldErrors errors) {
        var mapping = new LinkedHashMap<String, LeadField>();
        node.fields().forEachRemaining(entry -> {
            LeadField target = errors.check("mapping." + entry.getKey(),
                    () -> LeadField.parse(entry.getValue().isTextual() ? entry.getValue().textValue() : ""));
            if (target != null) {
                mapping.put(entry.getKey(), target);
            }
        });
        return mapping;
    }

    static FormFilter filter(QueryParams params) {
        return new FormFilter(params.bool("active"), params.dateRange());
    }
}
