package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.contact.ContactJson;
import com.axolop.crm.adapter.rest.opportunity.OpportunityJson;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.application.contact.ContactSnapshot;
import com.axolop.crm.application.lead.ConversionDrafts;
import com.axolop.crm.application.lead.ConvertLeadCommand;
import com.axolop.crm.application.lead.LeadConversion;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.opportunity.OpportunitySnapshot;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.shared.Id;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The body of {@code POST /api/v1/leads/{id}/convert}: optional {@code contact} and {@code opportunity}
 * objects whose fields replace those the conversion builds from the lead (null clears one); the references
 * to the lead and the new contact are the conversion's and not read. Each result is read like a POST of
 * its resource, and one 400 lists the bad fields of both, named {@code contact.email}, {@code opportunity.value}.
 */
final class LeadConversionJson {
    private LeadConversionJson() {
    }

    /** The conversion of the lead's version the drafts came from, with the body's overrides applied. */
    static ConvertLeadCommand command(Id<Lead> id, ObjectNode body, ConversionDrafts drafts) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        ObjectNode contact = fields.object("contact");
        ObjectNode opportunity = fields.object("opportunity");
        errors.throwIfAny();
        var violations = new ArrayList<FieldViolation>();
        ContactDetails shapedContact = overlay("contact", ContactSnapshot.details(drafts.contact()), contact,
                List.of("lead_id"), ContactJson::details, violations);
        OpportunityDetails shapedOpportunity = opportunity == null ? null
                : overlay("opportunity", OpportunitySnapshot.details(drafts.opportunity()), opportunity,
                        List.of("lead_id", "contact_id"), OpportunityJson::details, violations);
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
        return new ConvertLeadCommand(id, shapedContact, shapedOpportunity,
                ExpectedVersion.exactly(drafts.leadVersion()));
    }

    static Map<String, Object> of(LeadConversion conversion) {
        var data = new LinkedHashMap<String, Object>();
        data.put("lead", LeadSnapshot.of(conversion.lead()));
        data.put("contact", ContactSnapshot.of(conversion.contact()));
        data.put("opportunity", conversion.opportunity() == null ? null
                : OpportunitySnapshot.of(conversion.opportunity()));
        return data;
    }

    /** {@code given} over {@code built}, except the {@code fixed} fields; null (and errors added) if invalid. */
    private static <D> D overlay(String name, Map<String, Object> built, ObjectNode given, List<String> fixed,
                                 Function<ObjectNode, D> read, List<FieldViolation> errors) {
        ObjectNode merged = toObject(built);
        if (given != null) {
            ObjectNode overrides = given.deepCopy();
            merged.setAll(overrides.remove(fixed));
        }
        try {
            return read.apply(merged);
        } catch (ApiException e) {
            e.errors().forEach(error -> errors.add(new FieldViolation(name + "." + error.field(),
                    name + "." + error.message())));
            return null;
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
