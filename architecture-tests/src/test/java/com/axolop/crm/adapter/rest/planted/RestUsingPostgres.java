package com.axolop.crm.adapter.rest.planted;

import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;

/** Planted violation: one adapter calling another directly. */
public class RestUsingPostgres {
    public Class<?> store() {
        return PostgresLeadRepository.class;
    }
}
