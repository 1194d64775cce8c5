package com.axolop.crm.application.record;

import com.axolop.crm.domain.refusal.Refusal;
import java.util.Objects;

/** What became of one item of a batch: the record written, or the refusal that undid it alone. */
public record BatchOutcome<T>(int index, Result result, T record, Refusal refusal) {
    public enum Result { CREATED, UPDATED, UNCHANGED, FAILED }

    public BatchOutcome {
        Objects.requireNonNull(result, "result");
        if ((result == Result.FAILED) != (refusal != null)) {
            throw new IllegalArgumentException("a failed item, and only a failed item, has a refusal");
        }
    }

    public static <T> BatchOutcome<T> written(int index, Result result, T record) {
        return new BatchOutcome<>(index, result, Objects.requireNonNull(record, "record"), null);
    }

    static <T> BatchOutcome<T> refused(int index, Refusal refusal) {
        return new BatchOutcome<>(index, Result.FAILED, null, refusal);
    }
}
