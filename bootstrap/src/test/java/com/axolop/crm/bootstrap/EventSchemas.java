package com.axolop.crm.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** The published JSON Schemas (adapters-kafka's events/schemas), resolved from the classpath. */
final class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://schemas.axolop-crm.dev/events/",
                    "classpath:events/schemas/")));
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** The schema violations of {@code payload} as an event of {@code type}; empty when it conforms. */
    static Set<ValidationMessage> violations(String type, String payload) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("https://schemas.axolop-crm.dev/events/" + type
                + ".schema.json"));
        try {
            return schema.validate(JSON.readTree(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
