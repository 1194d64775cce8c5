package com.axolop.crm.application.email;

public enum EmailTemplateSortField {
    CREATED_AT, UPDATED_AT, NAME
}
