package com.axolop.crm.application.campaign;

/** Where a recipient's mail is. */
public enum RecipientState {
    PENDING, SENT, FAILED, SKIPPED
}
