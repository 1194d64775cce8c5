package com.axolop.crm.application.importing;

import com.axolop.crm.domain.refusal.FieldViolation;
import java.util.List;

/** One data row of a file ({@code row}: the header is row 1): its details, or why they could not be read. */
public record ImportRow<D>(long row, D details, List<FieldViolation> errors) {
    public ImportRow {
        errors = List.copyOf(errors);
        if ((details == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a row has its details or its errors");
        }
    }
}
