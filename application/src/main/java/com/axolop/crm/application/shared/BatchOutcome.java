package com.axolop.crm.application.shared;

/**
 * What became of one item of a batch: the record written, or why it was refused ({@code field} is null
 * for a refusal that concerns the whole item, {@code existingId} names the record it collided with).
 */
public record BatchOutcome<T>(int index, Result result, T record, String field, String message, String existingId) {
    public enum Result { CREATED, UPDATED, UNCHANGED, FAILED }

    public static <T> BatchOutcome<T> written(int index, Result result, T record) {
        return new BatchOutcome<>(index, result, record, null, null, null);
    }

    static <T> BatchOutcome<T> refused(int index, RuntimeException refusal) {
        return switch (refusal) {
            case InvalidFieldException e -> new BatchOutcome<>(index, Result.FAILED, null, e.field(), e.getMessage(), null);
            case ConflictException e -> new BatchOutcome<>(index, Result.FAILED, null, null, e.getMessage(), e.existingId());
            default -> throw refusal;
        };
    }
}
