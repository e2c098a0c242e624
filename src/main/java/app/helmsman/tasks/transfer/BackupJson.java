package app.helmsman.tasks.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The Helmsman JSON format: writes a {@link Backup}, and reads one back item by item, keeping each item's line. */
public final class BackupJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // items are read one by one from the same parser
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // a missing position or archived flag means 0 or false
            .build();

    private BackupJson() {
    }

    public static byte[] write(Backup backup) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(backup);
    }

    /** Reads a file, or returns null after adding to {@code problems} what makes it unreadable. */
    public static ImportBatch read(byte[] data, Problems problems) {
        var areas = new ArrayList<ImportBatch.Located<Backup.Area>>();
        var projects = new ArrayList<ImportBatch.Located<Backup.Project>>();
        var tags = new ArrayList<ImportBatch.Located<Backup.Tag>>();
        var tasks = new ArrayList<ImportBatch.Located<Backup.Task>>();
        boolean helmsman = false;
        var start = new String(data, 0, Math.min(data.length, 64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!start.startsWith("{")) {
            problems.add(1, "This is not a Helmsman export: it does not start with '{'.");
            return null;
        }
        try (JsonParser parser = JSON.createParser(data)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(line(parser), "This is not a Helmsman export: it does not start with '{'.");
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                switch (name) {
                    case "format" -> helmsman = token == JsonToken.VALUE_STRING && Backup.FORMAT.equals(parser.getString());
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() > Backup.VERSION || parser.getIntValue() < 1) {
                            problems.add(line(parser), "This file has format version " + parser.getText() + "; this Helmsman reads versions 1 to "
                                    + Backup.VERSION + ".");
                            return null;
                        }
                    }
                    case "areas" -> readArray(parser, Backup.Area.class, "area", areas, problems);
                    case "projects" -> readArray(parser, Backup.Project.class, "project", projects, problems);
                    case "tags" -> readArray(parser, Backup.Tag.class, "tag", tags, problems);
                    case "tasks" -> readArray(parser, Backup.Task.class, "task", tasks, problems);
                    default -> parser.skipChildren(); // exportedAt, and what a later version adds
                }
            }
            if (!helmsman) {
                problems.add(0, "This is not a Helmsman export: it has no \"format\": \"helmsman\".");
                return null;
            }
        } catch (JacksonException e) {
            problems.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "The file is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        return new ImportBatch(areas, projects, tags, tasks);
    }

    private static <T> void readArray(JsonParser parser, Class<T> type, String what, List<ImportBatch.Located<T>> into, Problems problems) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(line(parser), "\"" + what + "s\" must be a list.");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = line(parser);
            try {
                into.add(new ImportBatch.Located<>(line, JSON.readValue(parser, type)));
            } catch (MismatchedInputException e) {
                problems.add(e.getLocation() == null ? line : e.getLocation().getLineNr(), describe(e, what));
                skipToEndOf(parser);
            }
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            problems.add(line(parser), "Every entry of \"" + what + "s\" must be an object.");
            parser.skipChildren();
        }
    }

    /** After a failed item, moves to its closing brace, back in the list (nesting depth 2), so that the next item can be read. */
    private static void skipToEndOf(JsonParser parser) {
        while (parser.streamReadContext().getNestingDepth() > 2) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private static String describe(MismatchedInputException e, String what) {
        var field = e.getPath().isEmpty() ? null : e.getPath().getLast().getPropertyName();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "A " + what + " has a field Helmsman does not know: \"" + unknown.getPropertyName() + "\".";
        }
        if (e instanceof InvalidFormatException invalid && field != null) {
            var target = invalid.getTargetType();
            var allowed = target != null && target.isEnum() ? " (use one of " + String.join(", ",
                    Arrays.stream(target.getEnumConstants()).map(Object::toString).toList()) + ")" : "";
            return "The " + what + "'s \"" + field + "\" cannot be \"" + invalid.getValue() + "\"" + allowed + ".";
        }
        return field == null ? "A " + what + " cannot be read: " + e.getOriginalMessage()
                : "The " + what + "'s \"" + field + "\" has the wrong kind of value.";
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
