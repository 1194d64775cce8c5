package com.axolop.crm.domain.importing;

import java.util.Map;
import java.util.Objects;

/**
 * How a file is read and written: {@code mapping} (CSV column -> field; empty: the columns named like a field,
 * case-insensitive), the duplicate policy, and whether to only check the rows ({@code dryRun}).
 */
public record ImportOptions(Map<String, String> mapping, OnDuplicate onDuplicate, boolean dryRun) {
    public ImportOptions {
        mapping = Map.copyOf(Objects.requireNonNull(mapping, "mapping"));
        Objects.requireNonNull(onDuplicate, "onDuplicate");
    }
}
