package com.axolop.crm.application.integration;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.integration.Integration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of an integration (API responses, its events): credentials masked, config as set. */
public final class IntegrationSnapshot {
    private IntegrationSnapshot() {
    }

    public static Map<String, Object> of(Integration integration) {
        var map = new LinkedHashMap<String, Object>();
        map.put("provider", integration.details().provider());
        map.put("name", integration.details().name());
        map.put("credentials", integration.details().credentials().masked());
        map.put("config", integration.details().config());
        return Snapshots.record(integration, map);
    }
}
