package com.axolop.crm.application.email;

import com.axolop.crm.domain.email.EmailTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of a custom template: API bodies and the {@code template} of its events. */
public final class EmailTemplateSnapshot {
    private EmailTemplateSnapshot() {
    }

    public static Map<String, Object> of(EmailTemplate template) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", template.id().toString());
        map.put("workspace_id", template.workspaceId().value());
        map.put("name", template.details().name());
        map.put("subject", template.details().subject());
        map.put("html", template.details().html());
        map.put("created_by", template.revision().createdBy().value());
        map.put("created_at", template.revision().createdAt().toString());
        map.put("updated_at", template.revision().updatedAt().toString());
        map.put("version", template.revision().version());
        return map;
    }
}
