package com.axolop.crm.application.activity;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test fake of {@link ActivityRepository}: an activity is kept once by id (as the store ignores a repeated
 * insert); lists are the workspace's, filtered, newest first then by id descending.
 */
public class InMemoryActivityRepository implements ActivityRepository {
    private final Map<UUID, Activity> activities = new LinkedHashMap<>();

    @Override
    public synchronized void append(Activity activity) {
        activities.putIfAbsent(activity.id(), activity);
    }

    @Override
    public synchronized Page<Activity> list(WorkspaceId workspace, ActivityFilter filter, PageRequest page) {
        List<Activity> all = activities.values().stream()
                .filter(activity -> activity.workspace().equals(workspace))
                .filter(activity -> filter.entityType() == null || filter.entityType().equals(activity.entityType()))
                .filter(activity -> filter.entityId() == null || filter.entityId().equals(activity.entityId()))
                .filter(activity -> within(activity.occurredAt(), filter.occurred()))
                .sorted(Comparator.comparing(Activity::occurredAt).thenComparing(Activity::id).reversed())
                .toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page, all.size());
    }

    private static boolean within(Instant at, DateRange range) {
        return (range.from() == null || !at.isBefore(range.from())) && (range.to() == null || at.isBefore(range.to()));
    }
}
