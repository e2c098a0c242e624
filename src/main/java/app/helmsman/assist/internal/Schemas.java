package app.helmsman.assist.internal;

import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas for structured outputs, derived from the answer records ({@link Answers}) so that the schema and the
 * code that reads the answer cannot drift apart. The schemas follow the strict mode of structured outputs: every
 * property required, {@code additionalProperties: false}, and a value that may be absent typed as
 * {@code [type, "null"]}. A component is nullable unless it is primitive or annotated {@link NotNull}.
 */
final class Schemas {

    /** The description the model sees for a component. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Describe {
        String value();
    }

    private Schemas() {
    }

    /** The schema of a record, as nested maps and lists ready to serialise. */
    static Map<String, Object> of(Class<? extends Record> type) {
        return object(type);
    }

    private static Map<String, Object> object(Class<?> type) {
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (RecordComponent component : type.getRecordComponents()) {
            boolean nullable = !component.getType().isPrimitive() && !component.isAnnotationPresent(NotNull.class);
            var schema = new LinkedHashMap<>(schema(component.getGenericType(), nullable));
            var describe = component.getAnnotation(Describe.class);
            if (describe != null) {
                schema.merge("description", describe.value(), (format, text) -> text + " (" + format + ")");
            }
            properties.put(component.getName(), schema);
            required.add(component.getName());
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> schema(Type type, boolean nullable) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            var items = schema(parameterized.getActualTypeArguments()[0], false);
            return Map.of("type", nullable ? List.of("array", "null") : "array", "items", items);
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalArgumentException("unsupported type " + type);
        }
        if (raw.isRecord()) {
            var object = new LinkedHashMap<>(object(raw));
            if (nullable) {
                object.put("type", List.of("object", "null"));
            }
            return object;
        }
        if (raw.isEnum()) {
            var values = new ArrayList<Object>(Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
            if (nullable) {
                values.add(null);
            }
            var schema = new LinkedHashMap<String, Object>();
            schema.put("type", nullable ? List.of("string", "null") : "string");
            schema.put("enum", values);
            return schema;
        }
        String json;
        String format = null;
        if (raw == String.class) {
            json = "string";
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            json = "integer";
        } else if (raw == Boolean.class || raw == boolean.class) {
            json = "boolean";
        } else if (raw == LocalDate.class) {
            json = "string";
            format = "a date as YYYY-MM-DD";
        } else if (raw == LocalTime.class) {
            json = "string";
            format = "a time of day as HH:MM, 24-hour clock";
        } else {
            throw new IllegalArgumentException("unsupported type " + raw);
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", nullable ? List.of(json, "null") : json);
        if (format != null) {
            schema.put("description", format);
        }
        return schema;
    }
}
