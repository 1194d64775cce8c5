package com.axolop.crm.domain.form;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of input a form field takes; the API names them in lower case ("email"). */
public enum FormFieldType {
    TEXT, EMAIL, PHONE, NUMBER, SELECT, CHECKBOX, TEXTAREA;

    public String apiName() {
        return name().toLowerCase();
    }

    public static FormFieldType parse(String value) {
        for (FormFieldType type : values()) {
            if (type.apiName().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values()).map(FormFieldType::apiName)
                .collect(Collectors.joining(", ")));
    }
}
