package com.axolop.crm.application.importing;

import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.RowError;
import java.util.List;
import java.util.Objects;

/** An import's progress with its first refused rows. */
public record ImportView(DataImport progress, List<RowError> firstErrors) {
    public ImportView {
        Objects.requireNonNull(progress, "progress");
        firstErrors = List.copyOf(firstErrors);
    }
}
