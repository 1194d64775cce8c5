package com.axolop.crm.application.form;

public enum FormSortField {
    CREATED_AT, UPDATED_AT, NAME
}
