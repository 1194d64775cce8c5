package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;

/** Checks a reference from one record to another inside the writing transaction. */
public interface ExistingRecords {
    /**
     * Whether a record of {@code type} ("lead", "contact", "opportunity") with that id lives in the workspace;
     * if so it stays locked against deletion until the transaction ends, so the reference cannot dangle.
     */
    boolean exists(WorkspaceId workspace, String type, Id<?> id);
}
