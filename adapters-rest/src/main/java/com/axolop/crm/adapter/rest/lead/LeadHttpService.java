package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.BatchRequests;
import com.axolop.crm.adapter.rest.shared.Etags;
import com.axolop.crm.adapter.rest.shared.Exports;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.lead.CreateLeadCommand;
import com.axolop.crm.application.lead.DeleteLeadCommand;
import com.axolop.crm.application.lead.ExportLeadsQuery;
import com.axolop.crm.application.lead.LeadConversion;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadQuery;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.lead.UpdateLeadCommand;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/leads}: the contract's lead endpoints. */
public class LeadHttpService implements HttpService {
    public static final String PATH = "/api/v1/leads";

    private final LeadUseCases leads;

    public LeadHttpService(LeadUseCases leads) {
        this.leads = leads;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", Reply.handler(this::create))
                .any("/", Responses.methodNotAllowed("GET, POST"))
                .get("/export", this::export)
                .any("/export", Responses.methodNotAllowed("GET"))
                .post("/batch", Reply.handler(this::batch))
                .any("/batch", Responses.methodNotAllowed("POST"))
                .post("/{id}/convert", Reply.handler(this::convert))
                .any("/{id}/convert", Responses.methodNotAllowed("POST"))
                .get("/{id}", this::get)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .any("/{id}", Responses.methodNotAllowed("GET, PUT, DELETE"));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var query = QueryParams.listQuery(req.query(), LeadHttpService::filter, LeadSortField.class,
                LeadQuery.DEFAULT_SORT);
        Responses.page(res, leads.list().list(AuthenticationFilter.actor(req),
                new LeadQuery(query.filter(), query.sort(), query.page())), LeadSnapshot::of);
    }

    private Reply create(ServerRequest req) {
        var command = new CreateLeadCommand(LeadJson.details(JsonBody.read(req)));
        Lead lead = leads.create().create(AuthenticationFilter.actor(req), command);
        return Reply.created(PATH + "/" + lead.id(), lead.version(), LeadSnapshot.of(lead));
    }

    private Reply batch(ServerRequest req) {
        var parsed = BatchRequests.read(JsonBody.read(req), LeadJson::details);
        var outcomes = leads.batch().batch(AuthenticationFilter.actor(req), parsed.valid(), parsed.upsert());
        return BatchRequests.reply(parsed, outcomes, lead -> lead.id().toString(), LeadSnapshot::of);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Lead lead = leads.get().get(AuthenticationFilter.actor(req), id(req));
        Etags.set(res, lead.version());
        Responses.data(res, Status.OK_200, LeadSnapshot.of(lead));
    }

    private void update(ServerRequest req, ServerResponse res) {
        LeadId id = id(req);
        var command = new UpdateLeadCommand(id, LeadJson.details(JsonBody.read(req)), Etags.ifMatch(req));
        Lead lead = leads.update().update(AuthenticationFilter.actor(req), command);
        Etags.set(res, lead.version());
        Responses.data(res, Status.OK_200, LeadSnapshot.of(lead));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        leads.delete().delete(AuthenticationFilter.actor(req), new DeleteLeadCommand(id(req), Etags.ifMatch(req)));
        res.status(Status.NO_CONTENT_204).send();
    }

    private Reply convert(ServerRequest req) {
        var command = LeadConversionJson.command(id(req), JsonBody.readOptional(req), Etags.ifMatch(req));
        LeadConversion conversion = leads.convert().convert(AuthenticationFilter.actor(req), command);
        return Reply.data(Status.CREATED_201, LeadConversionJson.of(conversion));
    }

    private void export(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        LeadFilter filter = filter(params);
        Sort<LeadSortField> sort = params.sort(LeadSortField.class, LeadQuery.DEFAULT_SORT);
        String format = Exports.format(params, errors);
        errors.throwIfAny();
        Actor actor = AuthenticationFilter.actor(req);
        Exports.<Lead>stream(res, "leads", format, LeadCsv.COLUMNS, LeadCsv::cells, LeadSnapshot::of,
                sink -> leads.export().export(actor, new ExportLeadsQuery(filter, sort), sink));
    }

    private static LeadFilter filter(QueryParams params) {
        LeadStatus status = params.enumValue("status", LeadStatus.class);
        LeadType type = params.enumValue("type", LeadType.class);
        DateRange created = params.dateRange();
        return new LeadFilter(status, type, created, params.search());
    }

    private static LeadId id(ServerRequest req) {
        try {
            return LeadId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Lead not found");
        }
    }
}
