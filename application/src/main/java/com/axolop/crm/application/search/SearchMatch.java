package com.axolop.crm.application.search;

import java.util.Objects;
import java.util.UUID;

/** A matching record as the index knows it: the name of its type (leads), its id and its relevance score. */
public record SearchMatch(String type, UUID id, double score) {
    public SearchMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
