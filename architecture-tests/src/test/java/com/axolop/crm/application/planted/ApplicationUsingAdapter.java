package com.axolop.crm.application.planted;

import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;

/** Planted violation: the application naming a concrete adapter. */
public class ApplicationUsingAdapter {
    public Class<?> store() {
        return PostgresLeadRepository.class;
    }
}
