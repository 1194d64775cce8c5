package com.axolop.crm.domain.form;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The lead fields a form field may fill; the API names them as the lead's JSON does ("company"). */
public enum LeadField {
    NAME, EMAIL, PHONE, COMPANY, NOTES, VALUE;

    public String apiName() {
        return name().toLowerCase();
    }

    public static LeadField parse(String value) {
        for (LeadField field : values()) {
            if (field.apiName().equals(value)) {
                return field;
            }
        }
        throw new IllegalArgumentException("must map to one of " + Arrays.stream(values()).map(LeadField::apiName)
                .collect(Collectors.joining(", ")));
    }
}
