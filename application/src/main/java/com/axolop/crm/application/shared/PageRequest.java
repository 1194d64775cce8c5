package com.axolop.crm.application.shared;

/** One page of a list: page numbers start at 1, at most 100 items a page. */
public record PageRequest(int page, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
