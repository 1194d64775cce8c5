package com.axolop.crm.adapter.rest.exporting;

import com.axolop.crm.adapter.rest.calendar.CalendarEventHttpService;
import com.axolop.crm.adapter.rest.contact.ContactHttpService;
import com.axolop.crm.adapter.rest.form.FormHttpService;
import com.axolop.crm.adapter.rest.lead.LeadHttpService;
import com.axolop.crm.adapter.rest.opportunity.OpportunityHttpService;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.application.calendar.ManageCalendarEventsUseCase;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.form.ManageFormsUseCase;
import com.axolop.crm.application.lead.ManageLeadsUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.refusal.FieldViolation;
import io.helidon.common.uri.UriQueryWriteable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The record resources an export package draws from, by entity: each entity's file has the columns and cells of its
 * resource's own export, and its filters are the query parameters of its list route.
 */
public final class PackageEntities {
    private final Map<ExportEntity, RecordResource<?, ?, ?, ?>> resources;

    public PackageEntities(ManageLeadsUseCase leads, ManageContactsUseCase contacts,
                           ManageOpportunitiesUseCase opportunities, ManageCalendarEventsUseCase events,
                           ManageFormsUseCase forms) {
        resources = new EnumMap<>(Map.of(
                ExportEntity.LEADS, LeadHttpService.resource(leads),
                ExportEntity.CONTACTS, ContactHttpService.resource(contacts),
                ExportEntity.OPPORTUNITIES, OpportunityHttpService.resource(opportunities),
                ExportEntity.CALENDAR_EVENTS, CalendarEventHttpService.resource(events),
                ExportEntity.FORMS, FormHttpService.resource(forms, FormHttpService.PACKAGE_COLUMNS)));
    }

    RecordResource<?, ?, ?, ?> resource(ExportEntity entity) {
        return resources.get(entity);
    }

    /** {@code params} read as the entity's list filter; what is wrong goes to {@code errors} under {@code prefix}. */
    static <F> F filter(RecordResource<?, ?, F, ?> resource, Map<String, String> params, FieldErrors errors,
                        String prefix) {
        var query = UriQueryWriteable.create();
        params.forEach(query::set);
        var own = new FieldErrors();
        F filter = resource.filter().apply(new QueryParams(query, own));
        own.violations().forEach(violation -> errors.add(new FieldViolation(prefix + violation.field(),
                prefix + violation.message())));
        return filter;
    }
}
