package com.axolop.crm.adapter.rest.openapi;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routes services register, recorded as "METHOD /full/path/{param}" instead of served (get, post... all come
 * through {@link #route(Method, String, Handler)}). {@code any} routes are not recorded: the services use them only
 * to answer 405 for the other methods of a path they serve. A route added in any other way fails, so a new style of
 * registration cannot slip past the documentation test.
 */
public final class RecordedRoutes implements HttpRules {
    private final String prefix;
    private final Set<String> routes;

    private RecordedRoutes(String prefix, Set<String> routes) {
        this.prefix = prefix;
        this.routes = routes;
    }

    /** The routes of a service registered at {@code path}. */
    public static Set<String> of(String path, HttpService service) {
        var routes = new TreeSet<String>();
        service.routing(new RecordedRoutes(path, routes));
        return routes;
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService service : services) {
            service.routing(this);
        }
        return this;
    }

    @Override
    public HttpRules register(String path, HttpService... services) {
        for (HttpService service : services) {
            service.routing(new RecordedRoutes(join(prefix, path), routes));
        }
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw new UnsupportedOperationException("register routes by method and path, so they can be documented");
    }

    @Override
    public HttpRules route(Method method, String path, Handler handler) {
        routes.add(method.text() + " " + join(prefix, path));
        return this;
    }

    @Override
    public HttpRules any(String path, Handler... handlers) {
        return this;
    }

    /** "/api/v1/leads" + "/" is "/api/v1/leads"; "/" + "/openapi.json" is "/openapi.json". */
    private static String join(String prefix, String path) {
        String joined = (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) + path;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
