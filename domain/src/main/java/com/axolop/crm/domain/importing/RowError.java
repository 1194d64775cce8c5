package com.axolop.crm.domain.importing;

import java.util.Objects;

/**
 * Why a row of the file was refused. {@code row} counts the file's records as a spreadsheet shows them: the
 * header is row 1; {@code field} is null when the refusal concerns the whole row.
 */
public record RowError(long row, String field, String message) {
    public RowError {
        if (row < 2) {
            throw new IllegalArgumentException("a data row is row 2 or later");
        }
        Objects.requireNonNull(message, "message");
    }
}
