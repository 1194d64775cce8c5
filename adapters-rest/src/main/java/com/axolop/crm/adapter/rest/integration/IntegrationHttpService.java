package com.axolop.crm.adapter.rest.integration;

import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.application.integration.IntegrationFilter;
import com.axolop.crm.application.integration.IntegrationService;
import com.axolop.crm.application.integration.IntegrationSortField;
import com.axolop.crm.application.integration.ManageIntegrationsUseCase;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationDetails;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/** {@code /api/v1/integrations}, admin only, through the record routes; credentials are only ever shown masked. */
public final class IntegrationHttpService implements HttpService {
    public static final String PATH = "/api/v1/integrations";

    private final RecordRoutes<Integration, IntegrationDetails, IntegrationFilter, IntegrationSortField> records;

    public IntegrationHttpService(ManageIntegrationsUseCase integrations) {
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, IntegrationService.KIND, integrations,
                IntegrationJson::details, IntegrationHttpService::filter, IntegrationSortField.class,
                new Sort<>(IntegrationSortField.CREATED_AT, Sort.Direction.DESC), List.of()));
    }

    @Override
    public void routing(HttpRules rules) {
        records.routing(rules);
    }

    /** {@code provider} and the creation range. */
    private static IntegrationFilter filter(QueryParams params) {
        return new IntegrationFilter(params.text("provider"), params.dateRange());
    }
}
