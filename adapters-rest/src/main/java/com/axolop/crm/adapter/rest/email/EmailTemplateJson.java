package com.axolop.crm.adapter.rest.email;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Text;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A custom template as a request body carries it, and a preview's data. */
final class EmailTemplateJson {
    private EmailTemplateJson() {
    }

    static EmailTemplateDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var json = new JsonFields(body, errors);
        String name = json.text("name");
        String subject = json.text("subject");
        String html = json.text("html");
        errors.check("name", () -> Text.required(name, EmailTemplateDetails.MAX_NAME));
        errors.check("subject", () -> Text.required(subject, EmailTemplateDetails.MAX_SUBJECT));
        errors.check("html", () -> Text.required(html, EmailTemplateDetails.MAX_HTML));
        errors.throwIfAny();
        return new EmailTemplateDetails(name, subject, html);
    }

    /** {"data": {...}}: the template's variables; no body or no data is none. */
    static CustomFields previewData(ObjectNode body) {
        var errors = new FieldErrors();
        CustomFields data = new JsonFields(body, errors).customFields("data");
        errors.throwIfAny();
        return data == null ? CustomFields.EMPTY : data;
    }
}
