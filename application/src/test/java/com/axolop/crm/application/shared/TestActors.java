package com.axolop.crm.application.shared;

import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;

public final class TestActors {
    private TestActors() {
    }

    public static Actor member(String workspace) {
        return new Actor(new WorkspaceId(workspace), new UserId("user-of-" + workspace), Role.MEMBER);
    }

    public static Actor viewer(String workspace) {
        return new Actor(new WorkspaceId(workspace), new UserId("viewer-of-" + workspace), Role.VIEWER);
    }

    public static Actor admin(String workspace) {
        return new Actor(new WorkspaceId(workspace), new UserId("admin-of-" + workspace), Role.ADMIN);
    }
}
