package com.axolop.crm.application.form;

import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormFieldType;
import com.axolop.crm.domain.form.LeadField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form details for tests. */
public final class TestForms {
    private TestForms() {
    }

    /** An active form asking for a name, an email and a plan, the first two filling the lead. */
    public static FormDetails details(String name) {
        return details(name, true);
    }

    public static FormDetails details(String name, boolean active) {
        var mapping = new LinkedHashMap<String, LeadField>();
        mapping.put("full_name", LeadField.NAME);
        mapping.put("email", LeadField.EMAIL);
        return new FormDetails(name, "Sign up for a demo", List.of(
                new FormField("full_name", "Your name", FormFieldType.TEXT, true, null),
                new FormField("email", "Email", FormFieldType.EMAIL, true, null),
                new FormField("plan", "Plan", FormFieldType.SELECT, false, List.of("basic", "pro"))),
                mapping, active, null);
    }

    public static FormDetails withActive(FormDetails d, boolean active) {
        return new FormDetails(d.name(), d.description(), d.fields(), d.mapping(), active, d.honeypotField());
    }

    public static FormDetails withName(FormDetails d, String name) {
        return new FormDetails(name, d.description(), d.fields(), d.mapping(), d.active(), d.honeypotField());
    }

    public static FormDetails withMapping(FormDetails d, Map<String, LeadField> mapping) {
        return new FormDetails(d.name(), d.description(), d.fields(), mapping, d.active(), d.honeypotField());
    }
}
