package com.axolop.crm.application.analytics;

import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.shared.UserId;
import java.util.Objects;

/** What a report covers: a period in a time zone, and optionally only one owner's records (else null). */
public record ReportQuery(ReportPeriod period, UserId owner) {
    public ReportQuery {
        Objects.requireNonNull(period, "period");
    }

    /** The parameters as a cache key: equal queries, equal keys. */
    String key() {
        return period.first() + "/" + period.end() + "/" + period.zone().getId() + "/" + period.unit() + "/"
                + (owner == null ? "" : owner.value());
    }
}
