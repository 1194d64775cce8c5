package com.axolop.crm.application.search;

import java.util.Map;
import java.util.Objects;

/**
 * One matching record: its type (lead, contact), what a result list shows of it (title, subtitle; the
 * subtitle may be null), its relevance score (higher is better) and its full published snapshot.
 */
public record SearchHit(String type, String id, String title, String subtitle, double score,
                        Map<String, Object> record) {
    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(record, "record");
    }
}
