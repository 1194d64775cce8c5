package com.axolop.crm.domain.webhook;

import java.util.Locale;

/** Pending until delivered (a 2xx) or failed for good (attempts ran out, 410, or the subscription went away). */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryState parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
