package com.axolop.crm.domain.refusal;

/** No such record in the actor's workspace (records of other workspaces are indistinguishable from absent ones). */
public final class NotFoundException extends Refusal {
    public NotFoundException(String message) {
        super(message);
    }
}
