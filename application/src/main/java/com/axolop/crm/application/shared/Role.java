package com.axolop.crm.application.shared;

/** A user's role in a workspace. */
public enum Role {
    ADMIN, MEMBER, VIEWER;

    public boolean canWrite() {
        return this != VIEWER;
    }
}
