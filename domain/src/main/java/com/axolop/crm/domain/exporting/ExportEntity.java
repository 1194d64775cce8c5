package com.axolop.crm.domain.exporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A record type an export package can hold; its API name is also its file's name in the package. */
public enum ExportEntity {
    LEADS, CONTACTS, OPPORTUNITIES, CALENDAR_EVENTS, FORMS;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportEntity> byApiName(String name) {
        return Arrays.stream(values()).filter(entity -> entity.apiName().equals(name)).findFirst();
    }
}
