package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.opportunity.PostgresOpportunityRepository;
import com.axolop.crm.application.contact.TestContacts;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.application.opportunity.TestOpportunities;
import com.axolop.crm.application.port.ExistingRecords;
import com.axolop.crm.application.port.ExistingRecordsContract;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;

class PostgresExistingRecordsTest extends ExistingRecordsContract {
    private static final UserId USER = new UserId("user-1");

    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());

    @Override
    protected ExistingRecords existingRecords() {
        return new PostgresExistingRecords(db);
    }

    @Override
    protected Id<?> stored(String type, WorkspaceId workspace) {
        Instant now = Instant.now();
        return switch (type) {
            case "lead" -> storedLead(workspace, now);
            case "contact" -> {
                Contact contact = Contact.create(Id.newId(), workspace, TestContacts.details("Jane", "Doe", null),
                        USER, now).record();
                new PostgresContactRepository(db).insert(contact);
                yield contact.id();
            }
            case "opportunity" -> {
                Opportunity deal = Opportunity.create(Id.newId(), workspace,
                        TestOpportunities.details("Deal", storedLead(workspace, now)), USER, now).record();
                new PostgresOpportunityRepository(db).insert(deal);
                yield deal.id();
            }
            default -> throw new IllegalArgumentException(type);
        };
    }

    private Id<Lead> storedLead(WorkspaceId workspace, Instant now) {
        Lead lead = Lead.create(Id.newId(), workspace, TestLeads.details("Acme"), USER, now).record();
        new PostgresLeadRepository(db).insert(lead);
        return lead.id();
    }
}
