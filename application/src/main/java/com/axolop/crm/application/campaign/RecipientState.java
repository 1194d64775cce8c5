package com.axolop.crm.application.campaign;

/**
 * Where a recipient's mail is. HANDED_OVER: the mail server has the whole message and its end of data is being sent;
 * the server's answer is not recorded yet.
 */
public enum RecipientState {
    PENDING, HANDED_OVER, SENT, FAILED, SKIPPED
}
