package com.axolop.crm.adapter.rest.opportunity;

import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.opportunity.OpportunityFilter;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.opportunity.OpportunitySortField;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.shared.MonetaryAmount;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/v1/opportunities}: the record routes. */
public final class OpportunityHttpService implements HttpService {
    public static final String PATH = "/api/v1/opportunities";
    private static final List<String> EXPORT_COLUMNS = List.of("id", "name", "lead_id", "contact_id", "value",
            "currency", "stage", "probability", "expected_close_date", "closed_at", "lost_reason", "tags", "custom_fields", "owner",
            "created_by", "created_at", "updated_at", "version");

    private final RecordRoutes<Opportunity, OpportunityDetails, OpportunityFilter, OpportunitySortField> records;

    public OpportunityHttpService(ManageOpportunitiesUseCase opportunities) {
        this.records = new RecordRoutes<>(resource(opportunities));
    }

    /** Opportunities as a record resource: its routes here, its file in an export package. */
    public static RecordResource<Opportunity, OpportunityDetails, OpportunityFilter, OpportunitySortField> resource(
            ManageOpportunitiesUseCase opportunities) {
        return new RecordResource<>(PATH, OpportunityService.KIND, opportunities, OpportunityJson::details,
                OpportunityHttpService::filter, OpportunitySortField.class,
                new Sort<>(OpportunitySortField.CREATED_AT, Sort.Direction.DESC), EXPORT_COLUMNS);
    }

    @Override
    public void routing(HttpRules rules) {
        records.routing(rules);
    }

    private static OpportunityFilter filter(QueryParams params) {
        MonetaryAmount minValue = params.amount("minValue");
        MonetaryAmount maxValue = params.amount("maxValue");
        params.ordered("minValue", minValue == null ? null : minValue.value(),
                "maxValue", maxValue == null ? null : maxValue.value());
        LocalDate closeFrom = params.date("closeFrom");
        LocalDate closeTo = params.date("closeTo");
        params.ordered("closeFrom", closeFrom, "closeTo", closeTo);
        return new OpportunityFilter(params.enumValue("stage", OpportunityStage.class), minValue, maxValue,
                closeFrom, closeTo, params.id("lead_id"), params.id("contact_id"), params.user("owner"),
                params.dateRange(), params.search());
    }
}
