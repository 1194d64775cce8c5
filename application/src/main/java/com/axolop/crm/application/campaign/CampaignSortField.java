package com.axolop.crm.application.campaign;

public enum CampaignSortField {
    CREATED_AT, UPDATED_AT, NAME
}
