package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.application.lead.BatchLeadsUseCase;
import com.axolop.crm.application.lead.ConvertLeadUseCase;
import com.axolop.crm.application.lead.CreateLeadUseCase;
import com.axolop.crm.application.lead.DeleteLeadUseCase;
import com.axolop.crm.application.lead.ExportLeadsUseCase;
import com.axolop.crm.application.lead.GetLeadUseCase;
import com.axolop.crm.application.lead.ListLeadsUseCase;
import com.axolop.crm.application.lead.UpdateLeadUseCase;
import java.util.Objects;

/** The use cases behind the lead routes, bundled so the wiring passes one object. */
public record LeadUseCases(CreateLeadUseCase create,
                           GetLeadUseCase get,
                           ListLeadsUseCase list,
                           UpdateLeadUseCase update,
                           DeleteLeadUseCase delete,
                           ExportLeadsUseCase export,
                           BatchLeadsUseCase batch,
                           ConvertLeadUseCase convert) {
    public LeadUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(convert, "convert");
    }
}
