package com.axolop.crm.adapter.rest.search;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.search.SearchHit;
import com.axolop.crm.application.search.SearchQuery;
import com.axolop.crm.application.search.SearchUseCase;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/search?q=...&types=leads,contacts}: the workspace's matching records of the given
 * types (default: every type), best match first, in the list envelope.
 */
public class SearchHttpService implements HttpService {
    public static final String PATH = "/api/v1/search";

    private final SearchUseCase search;

    public SearchHttpService(SearchUseCase search) {
        this.search = search;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search).any("/", Responses.methodNotAllowed("GET"));
    }

    private void search(ServerRequest req, ServerResponse res) {
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        SearchText text = params.search();
        if (text == null && !errors.failed("q")) {
            errors.add("q", "is required");
        }
        List<String> types = types(params.text("types"), errors);
        PageRequest page = params.page();
        errors.throwIfAny();
        Responses.page(res, search.search(AuthenticationFilter.actor(req), new SearchQuery(text, types, page)),
                SearchHttpService::json);
    }

    /** A comma-separated subset of the searchable types; every type when absent. */
    private List<String> types(String value, FieldErrors errors) {
        if (value == null) {
            return search.types();
        }
        List<String> types = Arrays.stream(value.split(",")).map(String::strip).filter(type -> !type.isEmpty())
                .distinct().toList();
        if (types.isEmpty() || !search.types().containsAll(types)) {
            errors.add("types", "must be a comma-separated list of: " + String.join(", ", search.types()));
        }
        return types;
    }

    private static Map<String, Object> json(SearchHit hit) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", hit.type());
        json.put("id", hit.id());
        json.put("title", hit.title());
        json.put("subtitle", hit.subtitle());
        // Four decimals tell hits apart; more would only expose floating-point noise.
        json.put("score", Math.round(hit.score() * 10_000) / 10_000.0);
        json.put("record", hit.record());
        return json;
    }
}
