package com.axolop.crm.domain.importing;

/** What a row does whose email (case-insensitive) a record already has: skip, update that record, or create anyway. */
public enum OnDuplicate {
    SKIP, UPDATE, CREATE
}
