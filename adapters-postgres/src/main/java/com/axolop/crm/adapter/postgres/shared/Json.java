package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.CustomFields;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.util.Map;

/** JSON as this adapter stores it: event payloads, and custom fields in their canonical text. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule().addSerializer(new CustomFieldsSerializer()))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON", e);
        }
    }

    /** The jsonb text PostgreSQL returns, with keys sorted and no spaces, as the REST adapter writes it. */
    public static CustomFields customFields(String jsonb) {
        try {
            return new CustomFields(write(MAPPER.readValue(jsonb, Map.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored custom_fields are not JSON", e);
        }
    }

    private static final class CustomFieldsSerializer extends StdSerializer<CustomFields> {
        CustomFieldsSerializer() {
            super(CustomFields.class);
        }

        @Override
        public void serialize(CustomFields value, JsonGenerator gen, SerializerProvider provider)
                throws java.io.IOException {
            gen.writeRawValue(value.json());
        }
    }
}
