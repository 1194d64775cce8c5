package com.axolop.crm.domain.form;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a submission must satisfy to be accepted by a form, checked against the form's own fields. */
final class SubmissionRules {
    private final FormDetails form;
    private final LeadMapping leadMapping;

    SubmissionRules(FormDetails form) {
        this.form = Objects.requireNonNull(form, "form");
        this.leadMapping = new LeadMapping(form);
    }

    /** Any value in the honeypot field but a blank one or false: humans never see it, so only a bot fills it. */
    boolean isTrap(Map<String, Object> values) {
        Object trap = values.get(form.honeypotField());
        return trap != null && !(trap instanceof String text && text.isBlank()) && !Boolean.FALSE.equals(trap);
    }

    /**
     * The submitted values, checked and normalised field by field (see {@link FieldValues}), in the form's
     * order; absent optional fields are left out.
     *
     * @throws InvalidFieldException listing every refused value, and every value the form does not ask for
     */
    Map<String, Object> accept(Map<String, Object> values) {
        var accepted = new LinkedHashMap<String, Object>();
        var violations = new ArrayList<FieldViolation>(unknownFields(values));
        for (FormField field : form.fields()) {
            try {
                Object value = FieldValues.normalise(field, values.get(field.name()));
                if (value == null && field.required()) {
                    throw new IllegalArgumentException("is required");
                }
                if (value != null) {
                    accepted.put(field.name(), value);
                    leadMapping.requireFitsLead(field.name(), value);
                }
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(field.name(), field.name() + " " + e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
        return accepted;
    }

    private List<FieldViolation> unknownFields(Map<String, Object> values) {
        var unknown = new ArrayList<FieldViolation>();
        for (String name : values.keySet()) {
            if (!name.equals(form.honeypotField()) && form.fields().stream().noneMatch(f -> f.name().equals(name))) {
                unknown.add(new FieldViolation(name, name + " is not a field of this form"));
            }
        }
        return unknown;
    }
}
