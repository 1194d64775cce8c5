package com.axolop.crm.domain.importing;

/** What a row whose email (case-insensitive) already has a record does: skip it, update that record, or create anyway. */
public enum OnDuplicate {
    SKIP, UPDATE, CREATE
}
