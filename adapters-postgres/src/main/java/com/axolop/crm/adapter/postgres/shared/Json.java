package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.CustomFields;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.util.List;
import java.util.Map;

/** JSON as this adapter stores it: event payloads, with custom fields embedded as the JSON they are. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
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

    /** A stored payload back as the tree of maps and lists it was written from. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not an object", e);
        }
    }

    /** A stored array of objects back as a list of maps. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> readObjects(String json) {
        try {
            return MAPPER.readValue(json, List.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not an array", e);
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
