package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.importing.CsvImportReader;
import com.axolop.crm.adapter.rest.shared.BatchRequests;
import com.axolop.crm.adapter.rest.shared.Etags;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.lead.ConversionDrafts;
import com.axolop.crm.application.lead.ConvertLeadUseCase;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.lead.ManageLeadsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.Id;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import java.util.Map;
import java.util.Objects;

/** {@code /api/v1/leads}: the record routes (its CSV export written field by field), batch writes, conversion. */
public final class LeadHttpService implements HttpService {
    public static final String PATH = "/api/v1/leads";
    /** The CSV import of leads: the export's columns read back. */
    public static final CsvImportReader<LeadDetails> IMPORT = new CsvImportReader<>(LeadJson::details, LeadCsv.COLUMNS,
            Map.of("value", CsvImportReader.Cell.NUMBER, "tags", CsvImportReader.Cell.LIST,
                    "custom_fields", CsvImportReader.Cell.OBJECT));

    private final ManageLeadsUseCase leads;
    private final ConvertLeadUseCase conversions;
    private final RecordRoutes<Lead, LeadDetails, LeadFilter, LeadSortField> records;

    public LeadHttpService(ManageLeadsUseCase leads, ConvertLeadUseCase conversions) {
        this.leads = Objects.requireNonNull(leads);
        this.conversions = Objects.requireNonNull(conversions);
        this.records = new RecordRoutes<>(resource(leads));
    }

    /** Leads as a record resource: its routes here, its file in an export package. */
    public static RecordResource<Lead, LeadDetails, LeadFilter, LeadSortField> resource(ManageLeadsUseCase leads) {
        return new RecordResource<>(PATH, LeadService.KIND, leads, LeadJson::details, LeadHttpService::filter,
                LeadSortField.class, new Sort<>(LeadSortField.CREATED_AT, Sort.Direction.DESC), LeadCsv.COLUMNS,
                LeadCsv::cells);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/batch", Reply.handler(this::batch))
                .any("/batch", Responses.methodNotAllowed("POST"))
                .post("/{id}/convert", Reply.handler(this::convert))
                .any("/{id}/convert", Responses.methodNotAllowed("POST"));
        records.routing(rules);
    }

    /** Create, or upsert by email, up to 100 leads in one transaction. */
    private Reply batch(ServerRequest req) {
        var parsed = BatchRequests.read(JsonBody.read(req), LeadJson::details);
        var outcomes = leads.batch(AuthenticationFilter.actor(req), parsed.valid(), parsed.upsert());
        return BatchRequests.reply(parsed, outcomes, lead -> lead.id().toString(), LeadSnapshot::of);
    }

    /**
     * The client's overrides apply to the drafts built from the lead's current version, and that version is the
     * one converted: a lead edited in between is a 412, never converted from stale drafts.
     */
    private Reply convert(ServerRequest req) {
        Actor actor = AuthenticationFilter.actor(req);
        Id<Lead> id = records.id(req);
        ConversionDrafts drafts = conversions.conversionDrafts(actor, id);
        Etags.ifMatch(req).check(drafts.leadVersion());
        var command = LeadConversionJson.command(id, JsonBody.readOptional(req), drafts);
        return Reply.data(Status.CREATED_201, LeadConversionJson.of(conversions.convert(actor, command)));
    }

    private static LeadFilter filter(QueryParams params) {
        return new LeadFilter(params.enumValue("status", LeadStatus.class), params.enumValue("type", LeadType.class),
                params.dateRange(), params.search(), params.tags());
    }
}
