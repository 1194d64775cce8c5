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
 * The pieces of batch writes (the contract's bulkInsert, and imports): items written in lock order, each refused
 * item undone alone, the outcomes reported in request order.
 */
public final class Batches {
    public static final int MAX_ITEMS = 100;

    private Batches() {
    }

    /** A batch write of the API holds at most {@link #MAX_ITEMS} items. */
    public static void requireAtMostMaxItems(List<?> items) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("A batch holds at most " + MAX_ITEMS + " items");
        }
    }

    /**
     * The items in the order of their {@code lockKey} (the email an upsert locks; null first; ties in request
     * order), so two batches lock shared keys in the same order and cannot deadlock.
     */
    public static <D> List<BatchItem<D>> inLockOrder(List<BatchItem<D>> items, Function<D, String> lockKey) {
        return items.stream().sorted(Comparator.comparing(item -> lockKey.apply(item.details()),
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /**
     * Inside a transaction: writes each item in its own savepoint, so an item the store refuses (a conflict, a
     * missing reference) is undone alone while the others stay; the outcomes come in request order.
     */
    public static <D, T> List<BatchOutcome<T>> writeEach(TransactionRunner transactions, List<BatchItem<D>> items,
                                                         Function<BatchItem<D>, BatchOutcome<T>> writeOne) {
        return inRequestOrder(items.stream().map(item -> {
            try {
                return transactions.inSavepoint(() -> writeOne.apply(item));
            } catch (InvalidFieldException | ConflictException refusal) {
                return BatchOutcome.<T>refused(item.index(), refusal);
            }
        }).toList());
    }

    static <T> List<BatchOutcome<T>> inRequestOrder(List<BatchOutcome<T>> outcomes) {
        return outcomes.stream().sorted(Comparator.comparingInt(BatchOutcome::index)).toList();
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
