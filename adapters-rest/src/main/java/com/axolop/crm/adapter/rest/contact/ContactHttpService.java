package com.axolop.crm.adapter.rest.contact;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.importing.CsvImportReader;
import com.axolop.crm.adapter.rest.shared.BatchRequests;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.ContactSnapshot;
import com.axolop.crm.application.contact.ContactSortField;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code /api/v1/contacts}: the record routes, and batch writes. */
public final class ContactHttpService implements HttpService {
    public static final String PATH = "/api/v1/contacts";
    private static final List<String> EXPORT_COLUMNS = List.of("id", "first_name", "last_name", "email", "phone",
            "company", "title", "lead_id", "tags", "custom_fields", "owner", "created_by", "created_at", "updated_at",
            "version");
    /** The CSV import of contacts: the export's columns read back. */
    public static final CsvImportReader<ContactDetails> IMPORT = new CsvImportReader<>(ContactJson::details,
            EXPORT_COLUMNS, Map.of("tags", CsvImportReader.Cell.LIST, "custom_fields", CsvImportReader.Cell.OBJECT));

    private final ManageContactsUseCase contacts;
    private final RecordRoutes<Contact, ContactDetails, ContactFilter, ContactSortField> records;

    public ContactHttpService(ManageContactsUseCase contacts) {
        this.contacts = Objects.requireNonNull(contacts);
        this.records = new RecordRoutes<>(resource(contacts));
    }

    /** Contacts as a record resource: its routes here, its file in an export package. */
    public static RecordResource<Contact, ContactDetails, ContactFilter, ContactSortField> resource(
            ManageContactsUseCase contacts) {
        return new RecordResource<>(PATH, ContactService.KIND, contacts, ContactJson::details,
                ContactHttpService::filter, ContactSortField.class,
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.DESC), EXPORT_COLUMNS);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/batch", Reply.handler(this::batch))
                .any("/batch", Responses.methodNotAllowed("POST"));
        records.routing(rules);
    }

    /** Create, or upsert by email, up to 100 contacts in one transaction. */
    private Reply batch(ServerRequest req) {
        var parsed = BatchRequests.read(JsonBody.read(req), ContactJson::details);
        var outcomes = contacts.batch(AuthenticationFilter.actor(req), parsed.valid(), parsed.upsert());
        return BatchRequests.reply(parsed, outcomes, contact -> contact.id().toString(), ContactSnapshot::of);
    }

    private static ContactFilter filter(QueryParams params) {
        return new ContactFilter(params.id("lead_id"), params.user("owner"), params.dateRange(), params.search(),
                params.tags());
    }
}
