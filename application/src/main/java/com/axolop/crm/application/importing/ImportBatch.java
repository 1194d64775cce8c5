package com.axolop.crm.application.importing;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one batch of rows through the target's batch write, inside the caller's transaction, and says what
 * became of each: the rows it could not read and the writes refused are failed, with their row numbers.
 */
final class ImportBatch<D> {
    private final ImportTarget<D> target;
    private final Actor actor;
    private final OnDuplicate onDuplicate;
    private final Set<String> seen;
    private final List<ImportRow<D>> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private long created;
    private long updated;
    private long skipped;

    /**
     * {@code seen}: the emails of the run's earlier rows the store does not hold (a dry run's: with skip, every
     * row's; with update, the created ones'), or empty.
     */
    ImportBatch(ImportTarget<D> target, Actor actor, OnDuplicate onDuplicate, Set<String> seen) {
        this.target = target;
        this.actor = actor;
        this.onDuplicate = onDuplicate;
        this.seen = seen;
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

    /** Writes the rows in one batch write; with skip, their emails are looked up at once, not row by row. */
    void write() {
        Set<String> known = onDuplicate == OnDuplicate.SKIP ? knownEmails() : Set.of();
        List<BatchItem<D>> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow<D> row = rows.get(i);
            if (row.details() == null) {
                row.errors().forEach(error -> refuse(row.row(), error));
            } else if (onDuplicate == OnDuplicate.SKIP && duplicate(row.details(), known)) {
                skipped++;
            } else {
                items.add(new BatchItem<>(i, row.details()));
            }
        }
        if (!items.isEmpty()) {
            target.batch().write(actor, items, onDuplicate == OnDuplicate.UPDATE).forEach(this::count);
        }
        errors.sort((a, b) -> Long.compare(a.row(), b.row()));
    }

    private Set<String> knownEmails() {
        List<EmailAddress> emails = rows.stream().map(ImportRow::details).filter(Objects::nonNull)
                .map(target.email()).filter(Objects::nonNull).toList();
        return emails.isEmpty() ? Set.of() : target.byEmails().apply(actor.workspace(), emails).keySet();
    }

    // An email seen earlier is a duplicate too: that row's record is not committed yet (or undone by a dry run).
    private boolean duplicate(D details, Set<String> known) {
        EmailAddress email = target.email().apply(details);
        if (email == null) {
            return false;
        }
        String key = email.value().toLowerCase(Locale.ROOT);
        return !seen.add(key) || known.contains(key);
    }

    private void count(BatchOutcome<?> outcome) {
        switch (outcome.result()) {
            case CREATED -> {
                if (createdBefore(outcome.index())) {
                    updated++;
                } else {
                    created++;
                }
            }
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

    /**
     * With update, whether the row's email was created by an earlier batch of a dry run (undone since, so the store
     * created it again here): for real, this row would have updated that record. Remembers the emails created.
     */
    private boolean createdBefore(int index) {
        if (onDuplicate != OnDuplicate.UPDATE) {
            return false;
        }
        EmailAddress email = target.email().apply(rows.get(index).details());
        return email != null && !seen.add(email.value().toLowerCase(Locale.ROOT));
    }

    private void refuse(long row, FieldViolation violation) {
        errors.add(new RowError(row, violation.field(), violation.message()));
    }

    private long failedRows() {
        return errors.stream().mapToLong(RowError::row).distinct().count();
    }
}
