package com.axolop.crm.application.shared;

import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Objects;

/** Who is calling: every use case takes one, and every query is scoped to its workspace. */
public record Actor(WorkspaceId workspace, UserId user, Role role) {
    public Actor {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public void requireWriter() {
        if (!role.canWrite()) {
            throw new ForbiddenException("Your role (" + role.name().toLowerCase() + ") cannot change records");
        }
    }

    public void requireAdmin() {
        if (role != Role.ADMIN) {
            throw new ForbiddenException("Only a workspace admin can do this");
        }
    }
}
