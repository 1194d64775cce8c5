package com.axolop.crm.application.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Comparisons of published record shapes (snake_case maps), for the {@code changes} of update events. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The fields a client changed between two versions, with their previous values. */
    public static Map<String, Object> previousValues(Map<String, Object> before, Map<String, Object> after) {
        var changed = new LinkedHashMap<String, Object>();
        for (var entry : before.entrySet()) {
            String field = entry.getKey();
            if (!field.equals("updated_at") && !field.equals("version")
                    && !Objects.equals(entry.getValue(), after.get(field))) {
                changed.put(field, entry.getValue());
            }
        }
        return changed;
    }
}
