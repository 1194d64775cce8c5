package com.axolop.crm.domain.exporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How each entity's file in a package is written. */
public enum ExportFormat {
    CSV, JSON;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> byApiName(String name) {
        return Arrays.stream(values()).filter(format -> format.apiName().equals(name)).findFirst();
    }
}
