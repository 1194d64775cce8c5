package com.axolop.crm.application.analytics;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.analytics.PeriodUnit;
import java.util.Map;

/** The dashboard, funnel and revenue reports of the caller's workspace, in their published shape. */
public interface ReportAnalyticsUseCase {
    Map<String, Object> dashboard(Actor actor, ReportQuery query);

    Map<String, Object> funnel(Actor actor, ReportQuery query);

    Map<String, Object> revenue(Actor actor, ReportQuery query, PeriodUnit interval);
}
