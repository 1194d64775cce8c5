package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.contact.ContactResource;
import com.axolop.crm.adapter.rest.opportunity.OpportunityResource;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldError;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.application.contact.ContactSnapshot;
import com.axolop.crm.application.lead.ConvertLeadCommand;
import com.axolop.crm.application.lead.LeadConversion;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.opportunity.OpportunitySnapshot;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.lead.LeadId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The body of {@code POST /api/v1/leads/{id}/convert}: optional {@code contact} and {@code opportunity}
 * objects whose fields replace those the conversion builds from the lead (null clears one). The result is
 * read like a POST of that resource, with errors named {@code contact.email}, {@code opportunity.value}.
 */
final class LeadConversionJson {
    private LeadConversionJson() {
    }

    static ConvertLeadCommand command(LeadId id, ObjectNode body, ExpectedVersion expectedVersion) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        ObjectNode contact = fields.object("contact");
        ObjectNode opportunity = fields.object("opportunity");
        errors.throwIfAny();
        return new ConvertLeadCommand(id,
                built -> overlay("contact", ContactSnapshot.details(built), contact, ContactResource::details),
                opportunity == null ? null : built -> overlay("opportunity", OpportunitySnapshot.details(built),
                        opportunity, OpportunityResource::details),
                expectedVersion);
    }

    static Map<String, Object> of(LeadConversion conversion) {
        var data = new LinkedHashMap<String, Object>();
        data.put("lead", LeadSnapshot.of(conversion.lead()));
        data.put("contact", ContactSnapshot.of(conversion.contact()));
        data.put("opportunity", conversion.opportunity() == null ? null
                : OpportunitySnapshot.of(conversion.opportunity()));
        return data;
    }

    private static <D> D overlay(String name, Map<String, Object> built, ObjectNode given,
                                 Function<ObjectNode, D> read) {
        ObjectNode merged = toObject(built);
        if (given != null) {
            merged.setAll(given);
        }
        try {
            return read.apply(merged);
        } catch (ApiException e) {
            throw ApiException.validation(e.errors().stream()
                    .map(error -> new FieldError(name + "." + error.field(), name + "." + error.message()))
                    .toList());
        }
    }

    private static ObjectNode toObject(Map<String, Object> fields) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(Json.bytes(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
