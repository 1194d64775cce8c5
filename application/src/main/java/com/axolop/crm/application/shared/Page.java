package com.axolop.crm.application.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the number of items the list holds. Counting is bounded on large lists: then
 * {@code totalIsLowerBound} says the list holds at least {@code total} items.
 */
public record Page<T>(List<T> items, PageRequest request, long total, boolean totalIsLowerBound) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page with an exact total. */
    public Page(List<T> items, PageRequest request, long total) {
        this(items, request, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), request, total, totalIsLowerBound);
    }

    public long totalPages() {
        return (total + request.limit() - 1) / request.limit();
    }
}
