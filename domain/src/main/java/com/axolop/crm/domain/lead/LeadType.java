package com.axolop.crm.domain.lead;

public enum LeadType {
    B2B_COMPANY, B2C_CUSTOMER, PARTNER, OTHER
}
