package com.axolop.crm.adapter.rest.form;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormFieldType;
import com.axolop.crm.domain.form.LeadField;
import com.axolop.crm.domain.shared.Text;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form definition as a request body carries it. */
final class FormJson {
    private FormJson() {
    }

    /** Every invalid field is reported at once, a field of the form by its position ("fields[1].type"). */
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
}
