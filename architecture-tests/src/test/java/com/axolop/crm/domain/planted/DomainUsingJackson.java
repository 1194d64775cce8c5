package com.axolop.crm.domain.planted;

/** Planted violation: framework code in the domain. */
public class DomainUsingJackson {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

    public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }
}
