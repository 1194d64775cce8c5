package com.axolop.crm.domain.lead;

public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED, UNQUALIFIED, CONVERTED, LOST
}
