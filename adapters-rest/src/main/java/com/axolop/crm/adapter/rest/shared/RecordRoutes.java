package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordView;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The routes every record resource shares: list (paging, filters, sort), create, read, full update, delete, and
 * export when the resource has export columns; ETag and If-Match on every single record. A resource's
 * {@code HttpService} registers its own routes first (fixed paths such as /batch must win over /{id}), then these.
 */
public final class RecordRoutes<T extends WorkspaceRecord<T>, D, F, S extends Enum<S>> {
    private final RecordResource<T, D, F, S> resource;

    public RecordRoutes(RecordResource<T, D, F, S> resource) {
        this.resource = Objects.requireNonNull(resource);
    }

    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", Reply.handler(this::create))
                .any("/", Responses.methodNotAllowed("GET, POST"));
        if (!resource.exportColumns().isEmpty()) {
            rules.get("/export", this::export)
                    .any("/export", Responses.methodNotAllowed("GET"));
        }
        rules.get("/{id}", this::get)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .any("/{id}", Responses.methodNotAllowed("GET, PUT, DELETE"));
    }

    /** A page by number or, with {@code cursor}, by keyset; a full page tells where the next one starts. */
    private void list(ServerRequest req, ServerResponse res) {
        ListQuery<F, S> query = QueryParams.listQuery(req.query(), resource.filter(), resource.sortFields(),
                resource.defaultSort());
        Page<Map<String, Object>> page = resource.useCases().list(AuthenticationFilter.actor(req), query);
        String next = null;
        if (!query.sort().byRelevance() && page.items().size() == query.page().limit()) {
            UUID last = UUID.fromString((String) page.items().getLast().get("id"));
            next = new ListCursor<>(query.sort(), last).encode();
        }
        Responses.page(res, page, fields -> fields, query.after() != null, next);
    }

    private Reply create(ServerRequest req) {
        D details = resource.details().apply(JsonBody.read(req));
        return created(resource.useCases().create(AuthenticationFilter.actor(req), details));
    }

    /** 201 for a new record, with Location and ETag. */
    public Reply created(T record) {
        return Reply.created(resource.path() + "/" + record.id(), record.revision().version(),
                resource.snapshot(record));
    }

    private void get(ServerRequest req, ServerResponse res) {
        RecordView view = resource.useCases().get(AuthenticationFilter.actor(req), id(req));
        Etags.set(res, view.version());
        Responses.data(res, Status.OK_200, view.fields());
    }

    private void update(ServerRequest req, ServerResponse res) {
        Id<T> id = id(req);
        D details = resource.details().apply(JsonBody.read(req));
        send(res, Status.OK_200, resource.useCases().update(AuthenticationFilter.actor(req), id, details,
                Etags.ifMatch(req)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        resource.useCases().delete(AuthenticationFilter.actor(req), id(req), Etags.ifMatch(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void export(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        F filter = resource.filter().apply(params);
        Sort<S> sort = params.sort(resource.sortFields(), resource.defaultSort());
        String format = Exports.format(params, errors);
        errors.throwIfAny();
        Actor actor = AuthenticationFilter.actor(req);
        Exports.<T>stream(req, res, resource.name(), format, resource.exportColumns(),
                resource.exportCells(),
                resource::snapshot,
                sink -> resource.useCases().export(actor, filter, sort, sink));
    }

    /** Sends one record with its ETag. */
    public void send(ServerResponse res, Status status, T record) {
        Etags.set(res, record.revision().version());
        Responses.data(res, status, resource.snapshot(record));
    }

    /** The {id} path parameter; anything that is not a UUID cannot name a record, so it is a 404. */
    public Id<T> id(ServerRequest req) {
        try {
            return Id.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, resource.kind().notFoundMessage());
        }
    }
}
