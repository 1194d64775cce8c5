package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reads of a record type through a cache: a hook of {@link RecordService}. Writes call {@link #invalidate}
 * after the outermost commit. Most types read straight through ({@link #none()}).
 */
public interface RecordCache<F, S extends Enum<S>> {
    Optional<RecordView> record(WorkspaceId workspace, Id<?> id, Supplier<Optional<RecordView>> load);

    Page<Map<String, Object>> page(WorkspaceId workspace, ListQuery<F, S> query,
                                   Supplier<Page<Map<String, Object>>> load);

    void invalidate(WorkspaceId workspace);

    static <F, S extends Enum<S>> RecordCache<F, S> none() {
        return new RecordCache<>() {
            @Override
            public Optional<RecordView> record(WorkspaceId workspace, Id<?> id,
                                               Supplier<Optional<RecordView>> load) {
                return load.get();
            }

            @Override
            public Page<Map<String, Object>> page(WorkspaceId workspace, ListQuery<F, S> query,
                                                  Supplier<Page<Map<String, Object>>> load) {
                return load.get();
            }

            @Override
            public void invalidate(WorkspaceId workspace) {
                // nothing is kept
            }
        };
    }
}
