package com.axolop.crm.domain.planted;

import com.axolop.crm.application.shared.Actor;

/** Planted violation: the domain reaching up into the application. */
public class DomainUsingApplication {
    public String workspaceOf(Actor actor) {
        return actor.workspace().value();
    }
}
