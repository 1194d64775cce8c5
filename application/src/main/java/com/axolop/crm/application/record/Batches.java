package com.axolop.crm.application.record;

import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import java.util.Comparator;
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

    /**
     * Writes the items in the order of their {@code lockKey} (the email an upsert locks; null first), so two
     * batches lock shared keys in the same order and cannot deadlock; the outcomes come in request order.
     */
    public static <D, T> List<BatchOutcome<T>> write(TransactionRunner transactions, List<BatchItem<D>> items,
                                                     Function<D, String> lockKey,
                                                     Function<BatchItem<D>, BatchOutcome<T>> writeOne) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("A batch holds at most " + MAX_ITEMS + " items");
        }
        Comparator<BatchItem<D>> lockOrder = Comparator.comparing(item -> lockKey.apply(item.details()),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return transactions.inTransaction(() -> items.stream().sorted(lockOrder).map(item -> {
            try {
                return transactions.inSavepoint(() -> writeOne.apply(item));
            } catch (InvalidFieldException | ConflictException refusal) {
                return BatchOutcome.<T>refused(item.index(), refusal);
            }
        }).sorted(Comparator.comparingInt(BatchOutcome::index)).toList());
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
