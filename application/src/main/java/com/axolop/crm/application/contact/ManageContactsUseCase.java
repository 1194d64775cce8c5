package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import java.util.List;

public interface ManageContactsUseCase
        extends ManageRecordsUseCase<Contact, ContactDetails, ContactFilter, ContactSortField> {
    /** Creates every item, or with {@code upsert} updates the contact that has the item's email. */
    List<BatchOutcome<Contact>> batch(Actor actor, List<BatchItem<ContactDetails>> items, boolean upsert);

    /** As {@link #batch}, for any number of items: an import writes its rows in batches of its own size. */
    List<BatchOutcome<Contact>> importBatch(Actor actor, List<BatchItem<ContactDetails>> items, boolean upsert);
}
