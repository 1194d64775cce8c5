package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.Batches;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The lead side of the contract's bulkInsert: the single-lead services, all inside one batch transaction. */
public class BatchLeadsService implements BatchLeadsUseCase {
    private final LeadWritePorts ports;
    private final CreateLeadService create;
    private final UpdateLeadService update;

    public BatchLeadsService(LeadWritePorts ports) {
        this.ports = Objects.requireNonNull(ports);
        this.create = new CreateLeadService(ports);
        this.update = new UpdateLeadService(ports);
    }

    @Override
    public List<BatchOutcome<Lead>> batch(Actor actor, List<BatchItem<LeadDetails>> items, boolean upsert) {
        actor.requireWriter();
        return Batches.write(ports.transactions(), items, LeadDetails::emailKey, item -> Batches.upsert(item.index(),
                upsert && item.details().email() != null
                        ? ports.leads().findByEmail(actor.workspace(), item.details().email()) : Optional.empty(),
                existing -> update.update(actor, new UpdateLeadCommand(existing.id(), item.details(), ExpectedVersion.ANY)),
                () -> create.create(actor, new CreateLeadCommand(item.details())), Lead::version));
    }
}
