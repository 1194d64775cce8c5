package com.axolop.crm.application.shared;

import java.util.List;

public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (total + request.limit() - 1) / request.limit();
    }
}
