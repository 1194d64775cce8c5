package com.axolop.crm.adapter.rest.system;

import java.time.Instant;

/** What {@code /api/v1/info} tells about this running instance. */
public record ApiInfo(String name, String version, String apiVersion, String environment, Instant startedAt) {
}
