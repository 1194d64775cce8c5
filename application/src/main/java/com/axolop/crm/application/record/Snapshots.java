package com.axolop.crm.application.record;

import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Comparisons of published record shapes (snake_case maps), for the {@code changes} of update events. */
public final class Snapshots {
    private Snapshots() {
    }

    /** A record's published shape: its id and workspace, its own {@code fields}, then its revision. */
    public static Map<String, Object> record(WorkspaceRecord<?> record, Map<String, Object> fields) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", record.id().toString());
        map.put("workspace_id", record.workspaceId().value());
        map.putAll(fields);
        map.put("created_by", record.revision().createdBy().value());
        map.put("created_at", record.revision().createdAt().toString());
        map.put("updated_at", record.revision().updatedAt().toString());
        map.put("version", record.revision().version());
        return map;
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
