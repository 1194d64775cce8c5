package com.axolop.crm.application.integration;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.AdminRecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationDetails;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import java.time.Instant;

/** Integrations through the record machinery; every operation is an admin's (they hold credentials). */
public class IntegrationService
        extends AdminRecordService<Integration, IntegrationDetails, IntegrationFilter, IntegrationSortField>
        implements ManageIntegrationsUseCase {
    public static final RecordKind<Integration> KIND = new RecordKind<>("integration", "integration",
            "Integration not found", IntegrationSnapshot::of);

    public IntegrationService(IntegrationRepository integrations, RecordWritePorts ports) {
        super(integrations, KIND, ports);
    }

    @Override
    protected Change<Integration> created(Id<Integration> id, Actor actor, IntegrationDetails details, Instant now) {
        return Integration.create(id, actor.workspace(), details, actor.user(), now);
    }
}
