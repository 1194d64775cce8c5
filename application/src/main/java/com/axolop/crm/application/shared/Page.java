package com.axolop.crm.application.shared;

import java.util.List;
import java.util.function.Function;

public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), request, total);
    }

    public long totalPages() {
        return (total + request.limit() - 1) / request.limit();
    }
}
