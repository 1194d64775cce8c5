package com.axolop.crm.application.integration;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationDetails;

/** Integrations, admin only: create, read (credentials masked), list, replace, delete. */
public interface ManageIntegrationsUseCase
        extends ManageRecordsUseCase<Integration, IntegrationDetails, IntegrationFilter, IntegrationSortField> {
}
