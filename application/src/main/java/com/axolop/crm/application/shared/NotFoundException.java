package com.axolop.crm.application.shared;

/** No such record in the actor's workspace (records of other workspaces are indistinguishable from absent ones). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
