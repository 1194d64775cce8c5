package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.shared.Tags;

/** Adds a tag to the record the workflow runs on (a tag it already has stays once). */
public record AddTag(String tag) implements WorkflowStep {
    public static final String TYPE = "add_tag";

    public AddTag {
        tag = tag(tag);
    }

    /** A tag as {@link Tags} holds one: trimmed, not empty, no control characters, at most 50 characters. */
    public static String tag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        if (tag.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        if (tag.strip().length() > Tags.MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + Tags.MAX_LENGTH + " characters");
        }
        return tag.strip();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
