package com.axolop.crm.domain.shared;

/** A versioned record that belongs to one workspace: what the shared list, write and event machinery needs. */
public interface WorkspaceRecord<T> {
    Id<T> id();

    WorkspaceId workspaceId();

    Revision revision();
}
