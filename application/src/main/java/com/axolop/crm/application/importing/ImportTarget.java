package com.axolop.crm.application.importing;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A record type a file can be imported into: how its rows are read, and its batch write (the record service's,
 * so imported records pass the same checks and publish the same events as single writes), with the email that
 * finds a duplicate and the look-up of a batch's emails (by email in lower case).
 */
public record ImportTarget<D>(String recordType, ImportReader<D> reader, BatchWrite<D> batch,
                              Function<D, EmailAddress> email,
                              BiFunction<WorkspaceId, Collection<EmailAddress>, Map<String, ?>> byEmails) {
    @FunctionalInterface
    public interface BatchWrite<D> {
        List<? extends BatchOutcome<?>> write(Actor actor, List<BatchItem<D>> items, boolean upsert);
    }

    public ImportTarget {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(byEmails, "byEmails");
    }
}
