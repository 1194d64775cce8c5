package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import java.util.function.Consumer;

public interface ExportLeadsUseCase {
    /** Streams the matching leads to {@code sink} in one read transaction; returns how many were sent. */
    long export(Actor actor, ExportLeadsQuery query, Consumer<Lead> sink);
}
