package com.axolop.crm.application.activity;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import java.util.Objects;

public class ListActivitiesService implements ListActivitiesUseCase {
    private final ActivityRepository activities;

    public ListActivitiesService(ActivityRepository activities) {
        this.activities = Objects.requireNonNull(activities);
    }

    @Override
    public Page<Activity> list(Actor actor, ActivityFilter filter, PageRequest page) {
        return activities.list(actor.workspace(), filter, page);
    }
}
