package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;

class InMemoryExistingRecordsTest extends ExistingRecordsContract {
    private final InMemoryExistingRecords records = new InMemoryExistingRecords();

    @Override
    protected ExistingRecords existingRecords() {
        return records;
    }

    @Override
    protected Id<?> stored(String type, WorkspaceId workspace) {
        Id<?> id = Id.newId();
        records.add(type, workspace, id);
        return id;
    }
}
