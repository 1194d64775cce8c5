package com.axolop.crm.application.form;

import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormSubmission;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shapes of a form and of a submission: API bodies and event payloads. */
public final class FormSnapshot {
    private FormSnapshot() {
    }

    public static Map<String, Object> of(Form form) {
        FormDetails d = form.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", form.id().toString());
        map.put("workspace_id", form.workspaceId().value());
        map.put("name", d.name());
        map.put("description", d.description());
        map.put("fields", d.fields().stream().map(FormSnapshot::field).toList());
        var mapping = new LinkedHashMap<String, Object>();
        d.mapping().forEach((field, target) -> mapping.put(field, target.apiName()));
        map.put("mapping", mapping);
        map.put("active", d.active());
        map.put("honeypot_field", d.honeypotField());
        map.put("created_by", form.revision().createdBy().value());
        map.put("created_at", form.revision().createdAt().toString());
        map.put("updated_at", form.revision().updatedAt().toString());
        map.put("version", form.revision().version());
        return map;
    }

    private static Map<String, Object> field(FormField field) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", field.name());
        map.put("label", field.label());
        map.put("type", field.type().apiName());
        map.put("required", field.required());
        map.put("options", field.options());
        return map;
    }

    public static Map<String, Object> of(FormSubmission submission) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", submission.id().toString());
        map.put("form_id", submission.formId().toString());
        map.put("values", new LinkedHashMap<>(submission.values()));
        map.put("lead_id", submission.leadId().toString());
        map.put("submitted_at", submission.submittedAt().toString());
        return map;
    }
}
