package com.axolop.crm.adapter.rest.system;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /docs}: Swagger UI's files, served to anyone from the classpath, and nothing else. */
class SwaggerUiRoutesTest extends RoutesTest {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/5.34.1/";

    private final DirectClient client;

    SwaggerUiRoutesTest(DirectClient client) {
        super(client);
        this.client = client;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/"})
    void servesThePageToAnyoneLoadingEverythingFromThisService(String path) {
        TestApi.Answer page = get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(page.body()).contains("<script src=\"/docs/swagger-ui-bundle.js\"",
                "<script src=\"/docs/swagger-initializer.js\"", "href=\"/docs/swagger-ui.css\"");
        assertThat(page.body()).doesNotContain("http://", "https://");
    }

    @Test
    void initializerLoadsTheServiceDocumentAndKeepsTheAuthorization() {
        TestApi.Answer initializer = get("/docs/swagger-initializer.js");

        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.header("Content-Type")).hasValue("text/javascript; charset=UTF-8");
        assertThat(initializer.body()).contains("url: \"/openapi.json\"", "persistAuthorization: true");
    }

    @Test
    void servesTheWebjarFilesAsTheyAreWithTheirContentTypes() throws IOException {
        assertServed("swagger-ui-bundle.js", "text/javascript; charset=UTF-8");
        assertServed("swagger-ui.css", "text/css; charset=UTF-8");
        assertServed("index.css", "text/css; charset=UTF-8");
        assertServed("favicon-32x32.png", "image/png");
    }

    @Test
    void everyFileForbidsSniffingAndScriptsFromElsewhere() {
        TestApi.Answer bundle = get("/docs/swagger-ui-bundle.js");

        assertThat(bundle.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(bundle.header("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'").doesNotContain("script-src"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/nothing.js", "/docs/swagger-ui.js.map", "/docs/pom.properties",
            "/docs/..%2F..%2FMETA-INF%2FMANIFEST.MF", "/docs/%2e%2e%2fswagger-ui%2findex.html",
            "/docs/..%5c..%5capplication.yaml", "/docs/oauth2-redirect.html"})
    void anyOtherFileIsNotFound(String path) {
        TestApi.Answer answer = get(path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).doesNotContain("Manifest-Version", "SwaggerUIBundle", "<html");
    }

    @Test
    void unknownFileAnswersInTheErrorFormat() {
        assertError(get("/docs/nothing.js"), 404, "/docs/nothing.js");
    }

    @Test
    void onlyGetIsAllowed() {
        TestApi.Answer post = answer(client.post().skipUriEncoding(true).uri("/docs")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{}"));

        assertError(post, 405, "/docs");
        assertThat(post.header("Allow")).hasValue("GET");
    }

    /**
     * /docs is the page that shows the OpenAPI document, not an operation of it: its answers are read as they come,
     * without TestApi's check against the document.
     */
    private TestApi.Answer get(String path) {
        return answer(client.get().skipUriEncoding(true).uri(path).request());
    }

    private static TestApi.Answer answer(Http1ClientResponse response) {
        try (response) {
            var headers = new LinkedHashMap<String, String>();
            response.headers().forEach(header -> headers.put(header.name().toLowerCase(Locale.ROOT),
                    String.join(", ", header.allValues())));
            return new TestApi.Answer(response.status().code(), headers,
                    new String(response.inputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertServed(String file, String type) throws IOException {
        TestApi.Answer answer = get("/docs/" + file);

        assertThat(answer.status()).as(file).isEqualTo(200);
        assertThat(answer.header("Content-Type")).as(file).hasValue(type);
        byte[] original = webjarFile(file);
        assertThat(answer.header("Content-Length")).as(file).hasValue(String.valueOf(original.length));
        assertThat(answer.body()).as(file).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    private static byte[] webjarFile(String file) throws IOException {
        try (InputStream in = SwaggerUiRoutesTest.class.getClassLoader().getResourceAsStream(WEBJAR + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }
}
