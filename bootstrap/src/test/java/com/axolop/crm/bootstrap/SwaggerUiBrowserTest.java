package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /docs} opened in a real browser: headless Chromium (Debian's {@code chromium} package) loads Swagger UI from
 * the service, runs it for up to 10 s of virtual time and hands back the rendered page. The test installs nothing:
 * where no browser exists it is skipped, saying so.
 */
class SwaggerUiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    // An operation's block: its method in the class, its path template further in, in data-path.
    private static final Pattern OPERATION = Pattern.compile(
            "<div class=\"opblock opblock-([a-z]+)[^\"]*\" id=\"operations-[^\"]*\">.*?data-path=\"([^\"]+)\"");

    private static String page;

    @BeforeAll
    static void openTheDocsInChromium() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No browser at " + CHROMIUM + ": the Swagger UI browser test is "
                + "skipped (as root, apt-get install chromium, or run ./crm test, which installs it)");
        page = renderedPage(TestServer.baseUrl() + "/docs");
    }

    @Test
    void rendersEveryOperationOfTheDocument() {
        Set<String> documented = operations(Api.anonymous().get("/openapi.json").json());

        assertThat(rendered()).containsAll(List.of("POST /api/v1/leads", "GET /api/v1/leads/{id}"))
                .isEqualTo(documented);
    }

    @Test
    void offersBearerAuthorization() {
        assertThat(page).contains("<button class=\"btn authorize");
    }

    @Test
    void showsNoLoadingError() {
        assertThat(page).contains("class=\"swagger-ui\"").doesNotContain("Failed to load API definition");
    }

    private static Set<String> rendered() {
        Set<String> operations = new TreeSet<>();
        Matcher matcher = OPERATION.matcher(page);
        while (matcher.find()) {
            operations.add(matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2));
        }
        return operations;
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .map(Map.Entry::getKey)
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    private static String renderedPage(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path dom = Files.createTempFile("docs", ".html");
        try {
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--virtual-time-budget=10000", "--dump-dom", url)
                    .redirectOutput(dom.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!chromium.waitFor(2, TimeUnit.MINUTES)) {
                chromium.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 2 minutes");
            }
            assertThat(chromium.exitValue()).as("Chromium's exit code").isZero();
            return Files.readString(dom, StandardCharsets.UTF_8);
        } finally {
            Files.delete(dom);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
