package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.Set;

/** Checks a reference from one record to another inside the writing transaction. */
public interface ExistingRecords {
    /**
     * Whether a record of {@code type} ("lead", "contact", "opportunity") with that id lives in the workspace;
     * if so it stays locked against deletion until the transaction ends, so the reference cannot dangle.
     */
    boolean exists(WorkspaceId workspace, String type, Id<?> id);

    /** Of {@code ids}, the ones {@link #exists} would confirm (and so lock), in one look-up. */
    Set<Id<?>> existing(WorkspaceId workspace, String type, Collection<Id<?>> ids);
}
