package com.axolop.crm.application.activity;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;

public interface ActivityRepository {
    void append(Activity activity);

    /** Newest first. */
    Page<Activity> list(WorkspaceId workspace, ActivityFilter filter, PageRequest page);
}
