package com.axolop.crm.devinfra.planted;

import com.axolop.crm.domain.shared.WorkspaceId;

/** Planted violation: dev-infra knowing project code. */
public class DevInfraUsingDomain {
    public WorkspaceId dev() {
        return new WorkspaceId("dev");
    }
}
