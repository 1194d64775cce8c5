package com.axolop.crm.application.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Batch writes (the contract's bulkInsert): every item in one transaction, each in its own savepoint, so an
 * item the store refuses (a conflict, a missing reference) is reported and undone alone while the others
 * commit together.
 */
public final class Batches {
    public static final int MAX_ITEMS = 100;

    private Batches() {
    }

    public static <D, T> List<BatchOutcome<T>> write(TransactionRunner transactions, List<BatchItem<D>> items,
                                                     Function<BatchItem<D>, BatchOutcome<T>> writeOne) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("A batch holds at most " + MAX_ITEMS + " items");
        }
        return transactions.inTransaction(() -> items.stream().map(item -> {
            try {
                return transactions.inSavepoint(() -> writeOne.apply(item));
            } catch (InvalidFieldException | ConflictException refusal) {
                return BatchOutcome.<T>refused(item.index(), refusal);
            }
        }).toList());
    }

    /** Updates the existing record if there is one (UNCHANGED when the update changed nothing), else creates. */
    public static <T> BatchOutcome<T> upsert(int index, Optional<T> existing, Function<T, T> update, Supplier<T> create,
                                             ToLongFunction<T> version) {
        if (existing.isEmpty()) {
            return BatchOutcome.written(index, BatchOutcome.Result.CREATED, create.get());
        }
        T updated = update.apply(existing.get());
        boolean changed = version.applyAsLong(updated) != version.applyAsLong(existing.get());
        return BatchOutcome.written(index, changed ? BatchOutcome.Result.UPDATED : BatchOutcome.Result.UNCHANGED, updated);
    }
}
