package com.axolop.crm.application.port;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Test fake of {@link ExistingRecords}: a type is answered by the repository of its records, or for a type
 * without one here (such as leads) by the records {@link #add added}. Nothing is locked: the fakes have no
 * concurrent writers.
 */
public class InMemoryExistingRecords implements ExistingRecords {
    /** The types a reference may name, as in the store. */
    private static final Set<String> TYPES = Set.of("lead", "contact", "opportunity");

    private final Map<String, BiPredicate<WorkspaceId, UUID>> types = new HashMap<>();
    private final Set<Key> added = new HashSet<>();
    private int lookups;

    private record Key(String type, WorkspaceId workspace, UUID id) {
    }

    /** Answers for {@code type} ("contact", "opportunity") from its repository. */
    public InMemoryExistingRecords backedBy(String type, RecordRepository<?, ?, ?> records) {
        types.put(type, (workspace, id) -> records.findById(workspace, new Id<>(id)).isPresent());
        return this;
    }

    /** A record of {@code type} that exists in the workspace from now on. */
    public synchronized void add(String type, WorkspaceId workspace, Id<?> id) {
        added.add(new Key(type, workspace, id.value()));
    }

    /** An added record that exists no more. */
    public synchronized void remove(String type, WorkspaceId workspace, Id<?> id) {
        added.remove(new Key(type, workspace, id.value()));
    }

    /** How many times the store would have been asked ({@link #exists} or {@link #existing}, each one query). */
    public synchronized int lookups() {
        return lookups;
    }

    @Override
    public synchronized boolean exists(WorkspaceId workspace, String type, Id<?> id) {
        lookups++;
        return holds(workspace, type, id);
    }

    private boolean holds(WorkspaceId workspace, String type, Id<?> id) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("No record type " + type);
        }
        BiPredicate<WorkspaceId, UUID> backing = types.get(type);
        return backing != null ? backing.test(workspace, id.value()) : added.contains(new Key(type, workspace, id.value()));
    }

    @Override
    public synchronized Set<Id<?>> existing(WorkspaceId workspace, String type, Collection<Id<?>> ids) {
        lookups++;
        Set<Id<?>> found = new HashSet<>();
        ids.forEach(id -> {
            if (holds(workspace, type, id)) {
                found.add(id);
            }
        });
        return found;
    }
}
