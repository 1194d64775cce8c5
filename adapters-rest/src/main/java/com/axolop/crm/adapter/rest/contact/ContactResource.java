package com.axolop.crm.adapter.rest.contact;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.BatchRequests;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.contact.ContactSnapshot;
import com.axolop.crm.application.contact.ContactSortField;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import java.util.List;
import java.util.function.Consumer;

/** {@code /api/v1/contacts}: how a contact is read from JSON and query parameters. */
public final class ContactResource {
    public static final String PATH = "/api/v1/contacts";
    static final List<String> EXPORT_COLUMNS = List.of("id", "first_name", "last_name", "email", "phone", "company",
            "title", "lead_id", "tags", "custom_fields", "owner", "created_by", "created_at", "updated_at", "version");

    private ContactResource() {
    }

    public static RecordResource<Contact, ContactDetails, ContactFilter, ContactSortField> of(
            ManageContactsUseCase contacts) {
        return new RecordResource<>(PATH, ContactService.KIND, contacts, ContactResource::details,
                ContactResource::filter, ContactSortField.class,
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.DESC), EXPORT_COLUMNS);
    }

    /** {@code POST /batch}: create, or upsert by email, up to 100 contacts in one transaction. */
    public static Consumer<HttpRules> batchRoute(ManageContactsUseCase contacts) {
        return rules -> rules.post("/batch", Reply.handler(req -> {
            var parsed = BatchRequests.read(JsonBody.read(req), ContactResource::details);
            var outcomes = contacts.batch(AuthenticationFilter.actor(req), parsed.valid(), parsed.upsert());
            return BatchRequests.reply(parsed, outcomes, contact -> contact.id().toString(), ContactSnapshot::of);
        })).any("/batch", Responses.methodNotAllowed("POST"));
    }

    /** Server-owned fields are not read; every invalid field is reported at once. */
    public static ContactDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String firstName = fields.text("first_name");
        String lastName = fields.text("last_name");
        String email = fields.text("email");
        String phone = fields.text("phone");
        String company = fields.text("company");
        String title = fields.text("title");
        String leadId = fields.text("lead_id");

        String validFirst = errors.check("first_name", () -> Text.optional(firstName, ContactDetails.MAX_NAME));
        String validLast = errors.check("last_name", () -> Text.optional(lastName, ContactDetails.MAX_NAME));
        if (validFirst == null && validLast == null && !errors.failed("first_name") && !errors.failed("last_name")) {
            errors.add("first_name", ContactDetails.NAME_REQUIRED);
        }
        EmailAddress validEmail = errors.check("email", () -> EmailAddress.ofNullable(email));
        String validPhone = errors.check("phone", () -> Text.optional(phone, ContactDetails.MAX_PHONE));
        String validCompany = errors.check("company", () -> Text.optional(company, ContactDetails.MAX_COMPANY));
        String validTitle = errors.check("title", () -> Text.optional(title, ContactDetails.MAX_TITLE));
        Id<Lead> validLead = errors.check("lead_id", () -> Id.ofNullable(leadId));
        Tags tags = fields.tags("tags");
        CustomFields customFields = fields.customFields("custom_fields");
        UserId owner = fields.user("owner");
        errors.throwIfAny();
        return new ContactDetails(validFirst, validLast, validEmail, validPhone, validCompany, validTitle, validLead,
                tags, customFields, owner);
    }

    static ContactFilter filter(QueryParams params) {
        return new ContactFilter(params.id("lead_id"), params.user("owner"), params.dateRange(), params.search());
    }
}
