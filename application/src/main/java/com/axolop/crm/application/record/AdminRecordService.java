package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The record use cases for a type only workspace admins may see or change (webhook subscriptions, integrations:
 * they hold secrets or send the workspace's data elsewhere).
 */
public abstract class AdminRecordService<T extends EditableRecord<T, D>, D, F, S extends Enum<S>>
        extends RecordService<T, D, F, S> {
    protected AdminRecordService(RecordRepository<T, F, S> records, RecordKind<T> kind, RecordWritePorts ports) {
        super(records, kind, ports);
    }

    @Override
    public T create(Actor actor, D details) {
        actor.requireAdmin();
        return super.create(actor, details);
    }

    @Override
    public RecordView get(Actor actor, Id<T> id) {
        actor.requireAdmin();
        return super.get(actor, id);
    }

    @Override
    public Page<Map<String, Object>> list(Actor actor, ListQuery<F, S> query) {
        actor.requireAdmin();
        return super.list(actor, query);
    }

    @Override
    public T update(Actor actor, Id<T> id, D details, ExpectedVersion expectedVersion) {
        actor.requireAdmin();
        return super.update(actor, id, details, expectedVersion);
    }

    @Override
    public void delete(Actor actor, Id<T> id, ExpectedVersion expectedVersion) {
        actor.requireAdmin();
        super.delete(actor, id, expectedVersion);
    }

    @Override
    public long export(Actor actor, F filter, Sort<S> sort, Consumer<T> sink) {
        actor.requireAdmin();
        return super.export(actor, filter, sort, sink);
    }
}
