package com.axolop.crm.domain.exporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a package holds: the entities (in a fixed order), the format, and per entity the list filters its resource
 * accepts, as the query parameters a client would send to its list route (the REST adapter reads them).
 */
public record ExportSelection(List<ExportEntity> entities, ExportFormat format,
                              Map<ExportEntity, Map<String, String>> filters) {
    public ExportSelection {
        Objects.requireNonNull(format, "format");
        if (entities == null || entities.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one entity");
        }
        Set<ExportEntity> chosen = EnumSet.copyOf(entities);
        entities = List.copyOf(chosen);
        var copied = new EnumMap<ExportEntity, Map<String, String>>(ExportEntity.class);
        filters.forEach((entity, params) -> {
            if (!chosen.contains(entity)) {
                throw new IllegalArgumentException("Filters for " + entity.apiName() + ", which is not exported");
            }
            copied.put(entity, new LinkedHashMap<>(params));
        });
        filters = Collections.unmodifiableMap(copied);
    }

    /** The filters of {@code entity}; none means every record. */
    public Map<String, String> filter(ExportEntity entity) {
        return filters.getOrDefault(entity, Map.of());
    }
}
