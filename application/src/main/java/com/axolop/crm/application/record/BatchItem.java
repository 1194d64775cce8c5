package com.axolop.crm.application.record;

import java.util.Objects;

/** One valid item of a batch write, with its position in the request. */
public record BatchItem<D>(int index, D details) {
    public BatchItem {
        Objects.requireNonNull(details, "details");
    }
}
