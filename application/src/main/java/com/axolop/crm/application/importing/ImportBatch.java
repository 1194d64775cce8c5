package com.axolop.crm.application.importing;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.Batches;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes one batch of rows through the target's batch write, inside the caller's transaction, and says what
 * became of each: the rows it could not read and the writes refused are failed, with their row numbers.
 */
final class ImportBatch<D> {
    private final ImportTarget<D> target;
    private final Actor actor;
    private final OnDuplicate onDuplicate;
    private final List<ImportRow<D>> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private long created;
    private long updated;
    private long skipped;

    ImportBatch(ImportTarget<D> target, Actor actor, OnDuplicate onDuplicate) {
        this.target = target;
        this.actor = actor;
        this.onDuplicate = onDuplicate;
    }

    void add(ImportRow<D> row) {
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    ImportCounts counts() {
        return new ImportCounts(rows.size(), created, updated, skipped, failedRows());
    }

    List<RowError> errors() {
        return errors;
    }

    /** Writes the rows; a batch write takes at most Batches.MAX_ITEMS, so bigger batches go in slices. */
    void write() {
        List<BatchItem<D>> items = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow<D> row = rows.get(i);
            if (row.details() == null) {
                row.errors().forEach(error -> refuse(row.row(), error));
            } else if (onDuplicate == OnDuplicate.SKIP && duplicate(row.details(), emails)) {
                skipped++;
            } else {
                items.add(new BatchItem<>(i, row.details()));
            }
        }
        for (int from = 0; from < items.size(); from += Batches.MAX_ITEMS) {
            var slice = items.subList(from, Math.min(items.size(), from + Batches.MAX_ITEMS));
            target.batch().write(actor, slice, onDuplicate == OnDuplicate.UPDATE).forEach(this::count);
        }
        errors.sort((a, b) -> Long.compare(a.row(), b.row()));
    }

    // An email seen earlier in this batch is a duplicate too: that row's record is not committed yet, but will be.
    private boolean duplicate(D details, Set<String> emails) {
        EmailAddress email = target.email().apply(details);
        if (email == null) {
            return false;
        }
        return !emails.add(email.value().toLowerCase(Locale.ROOT))
                || target.byEmail().apply(actor.workspace(), email).isPresent();
    }

    private void count(BatchOutcome<?> outcome) {
        switch (outcome.result()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> skipped++;
            case FAILED -> {
                long row = rows.get(outcome.index()).row();
                if (outcome.refusal() instanceof InvalidFieldException invalid) {
                    invalid.violations().forEach(violation -> refuse(row, violation));
                } else {
                    refuse(row, new FieldViolation(null, outcome.refusal().getMessage()));
                }
            }
        }
    }

    private void refuse(long row, FieldViolation violation) {
        errors.add(new RowError(row, violation.field(), violation.message()));
    }

    private long failedRows() {
        return errors.stream().mapToLong(RowError::row).distinct().count();
    }
}
