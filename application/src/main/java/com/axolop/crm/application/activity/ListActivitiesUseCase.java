package com.axolop.crm.application.activity;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;

public interface ListActivitiesUseCase {
    Page<Activity> list(Actor actor, ActivityFilter filter, PageRequest page);
}
