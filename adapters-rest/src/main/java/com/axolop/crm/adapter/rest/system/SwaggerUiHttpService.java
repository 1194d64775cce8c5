package com.axolop.crm.adapter.rest.system;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Responses;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /docs}: Swagger UI over {@code /openapi.json}, its files from the swagger-ui webjar on the classpath (no
 * CDN: it works offline and runs no third-party script), the page and its initializer our own. Only the files the
 * page needs are served, each by its exact name, so no path can reach anything else on the classpath.
 */
public class SwaggerUiHttpService implements HttpService {
    public static final String PATH = "/docs";
    private static final String PAGE = "index.html";
    private static final String OWN = "swagger-ui/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> OWN_FILES = Map.of(
            PAGE, "text/html; charset=UTF-8",
            "swagger-initializer.js", "text/javascript; charset=UTF-8");
    private static final Map<String, String> WEBJAR_FILES = Map.of(
            "swagger-ui-bundle.js", "text/javascript; charset=UTF-8",
            "swagger-ui.css", "text/css; charset=UTF-8",
            "index.css", "text/css; charset=UTF-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    // The bundle styles elements inline and draws its icons from data: URIs; everything else comes from here.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");

    private final Map<String, Asset> files;

    /** Reads the files once; a missing webjar fails here, at start-up, not at the first visit. */
    public SwaggerUiHttpService() {
        String webjar = WEBJAR + webjarVersion() + "/";
        var all = new HashMap<String, Asset>();
        OWN_FILES.forEach((name, type) -> all.put(name, new Asset(read(OWN + name), type)));
        WEBJAR_FILES.forEach((name, type) -> all.put(name, new Asset(read(webjar + name), type)));
        this.files = Map.copyOf(all);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> send(res, files.get(PAGE)))
                .get("/{file}", this::file)
                .any("/", Responses.methodNotAllowed("GET"))
                .any("/{file}", Responses.methodNotAllowed("GET"));
    }

    private void file(ServerRequest req, ServerResponse res) {
        Asset asset = files.get(req.path().pathParameters().get("file"));
        if (asset == null) {
            throw new ApiException(Status.NOT_FOUND_404, "No such file; the API documentation is at " + PATH);
        }
        send(res, asset);
    }

    private static void send(ServerResponse res, Asset asset) {
        res.header(HeaderNames.CONTENT_TYPE, asset.type())
                .header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                .header(CSP, CONTENT_SECURITY_POLICY)
                // Unversioned URLs: the browser revalidates, so an upgraded webjar shows at once.
                .header(HeaderNames.CACHE_CONTROL, "no-cache")
                .send(asset.bytes());
    }

    private static String webjarVersion() {
        var properties = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SwaggerUiHttpService.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (the swagger-ui webjar?)");
        }
        return in;
    }

    private record Asset(byte[] bytes, String type) {
    }
}
