package com.axolop.crm.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Up to 20 distinct, trimmed labels, in the order given. */
public record Tags(List<String> values) {
    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 50;
    public static final Tags NONE = new Tags(List.of());

    public Tags {
        if (values == null) {
            values = List.of();
        }
        var distinct = new LinkedHashSet<String>();
        for (String tag : values) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException("must not contain empty tags");
            }
            if (tag.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("must not contain control characters");
            }
            if (tag.strip().length() > MAX_LENGTH) {
                throw new IllegalArgumentException("each tag must be at most " + MAX_LENGTH + " characters");
            }
            distinct.add(tag.strip());
        }
        if (distinct.size() > MAX_TAGS) {
            throw new IllegalArgumentException("must have at most " + MAX_TAGS + " tags");
        }
        values = List.copyOf(new ArrayList<>(distinct));
    }
}
