package com.axolop.crm.application.record;

import java.util.Map;
import java.util.Objects;

/**
 * A record as its clients see it: its published fields (the API body and the record in its events) and the
 * version its ETag names. Reads return views, so a cache can keep and serve exactly this.
 */
public record RecordView(Map<String, Object> fields, long version) {
    public RecordView {
        Objects.requireNonNull(fields, "fields");
    }

    /** The view of a published shape, which carries its own {@code version}. */
    public static RecordView of(Map<String, Object> fields) {
        return new RecordView(fields, ((Number) fields.get("version")).longValue());
    }
}
