package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import java.util.List;

public interface ManageLeadsUseCase extends ManageRecordsUseCase<Lead, LeadDetails, LeadFilter, LeadSortField> {
    /** Creates every item, or with {@code upsert} updates the lead that has the item's email (see LeadRepository). */
    List<BatchOutcome<Lead>> batch(Actor actor, List<BatchItem<LeadDetails>> items, boolean upsert);

    /** As {@link #batch}, for any number of items: an import writes its rows in batches of its own size. */
    List<BatchOutcome<Lead>> importBatch(Actor actor, List<BatchItem<LeadDetails>> items, boolean upsert);
}
