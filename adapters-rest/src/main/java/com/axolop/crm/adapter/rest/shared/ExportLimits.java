package com.axolop.crm.adapter.rest.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of this instance exports may take: an export holds a database connection and its transaction for as
 * long as its client takes to read, so at most {@code maxConcurrent} run at once ({@code maxPerWorkspace} of one
 * workspace), each for at most {@code maxDuration}, and one whose client accepts nothing for {@code writeTimeout}
 * is cut off.
 */
public record ExportLimits(int maxConcurrent, int maxPerWorkspace, Duration maxDuration, Duration writeTimeout) {
    public static final ExportLimits DEFAULTS = new ExportLimits(4, 2, Duration.ofMinutes(5), Duration.ofSeconds(30));

    public ExportLimits {
        if (maxConcurrent < 1 || maxPerWorkspace < 1) {
            throw new IllegalArgumentException("export limits must be at least 1");
        }
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
    }
}
