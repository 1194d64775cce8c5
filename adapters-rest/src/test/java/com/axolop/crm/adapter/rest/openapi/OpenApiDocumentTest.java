package com.axolop.crm.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The document reads without a single error or warning in the parser client generators use. */
class OpenApiDocumentTest {
    @Test
    void isAValidOpenApi31Document() throws IOException {
        var options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/leads", "/api/v1/leads/{id}");
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiHttpService.class.getClassLoader()
                .getResourceAsStream(OpenApiHttpService.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
