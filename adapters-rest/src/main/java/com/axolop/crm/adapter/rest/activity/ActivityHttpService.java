package com.axolop.crm.adapter.rest.activity;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.activity.Activity;
import com.axolop.crm.application.activity.ActivityFilter;
import com.axolop.crm.application.activity.ListActivitiesUseCase;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.PageRequest;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/analytics/activity}: the workspace's activity timeline, newest first. */
public class ActivityHttpService implements HttpService {
    public static final String PATH = "/api/v1/analytics/activity";

    private final ListActivitiesUseCase activities;

    public ActivityHttpService(ListActivitiesUseCase activities) {
        this.activities = activities;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).any("/", Responses.methodNotAllowed("GET"));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        PageRequest page = params.page();
        DateRange occurred = params.dateRange();
        errors.throwIfAny();
        var filter = new ActivityFilter(params.text("entityType"), params.text("entityId"), occurred);
        Responses.page(res, activities.list(AuthenticationFilter.actor(req), filter, page), ActivityHttpService::json);
    }

    private static Map<String, Object> json(Activity activity) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", activity.id().toString());
        json.put("entity_type", activity.entityType());
        json.put("entity_id", activity.entityId());
        json.put("type", activity.type());
        json.put("occurred_at", activity.occurredAt().toString());
        json.put("summary", activity.summary());
        return json;
    }
}
