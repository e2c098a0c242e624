package app.helmsman.assist.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads one field of a model's answer leniently, repairing what can be repaired (a number sent as text, an enum in
 * the wrong case, a date with a time, text with control characters) and giving null for what cannot. Every method
 * takes a node that may be null, JSON null or of any type, and never throws.
 */
final class Fields {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,6})(?:[.,]\\d+)?");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*\u2022]+|\\d{1,3}[.)]|\\[ ?\\])\\s+");

    private Fields() {
    }

    /** Text with control characters as spaces and runs of whitespace collapsed, or null when blank or not text. */
    static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        return clean(node.stringValue());
    }

    static String clean(String raw) {
        var out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0'
                    || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT;
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** A title: clean text without a list marker in front, or null. */
    static String title(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        String stripped = LIST_MARKER.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Cuts {@code text} to at most {@code max} characters at a word boundary when there is one, with an ellipsis. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(' ', max - 1);
        if (end < max / 2) {
            end = max - 1;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /** A whole number from a number or from text that starts with one ("30", "30 min"), or null. */
    static Integer number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            double value = node.asDouble();
            return Double.isFinite(value) && Math.abs(value) < 1_000_000 ? (int) Math.round(value) : null;
        }
        if (node.isString()) {
            Matcher m = LEADING_NUMBER.matcher(node.stringValue());
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return null;
    }

    /** A number within {@code min..max}, or null. */
    static Integer bounded(JsonNode node, int min, int max) {
        Integer n = number(node);
        return n != null && n >= min && n <= max ? n : null;
    }

    /** The constant whose name matches the text, ignoring case, spaces and dashes; or null. */
    static <E extends Enum<E>> E constant(JsonNode node, Class<E> type) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        String key = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        return null;
    }

    /** A date as {@code YYYY-MM-DD} (a time after it is ignored) within {@code earliest..latest}, or null. */
    static LocalDate date(JsonNode node, LocalDate earliest, LocalDate latest) {
        String text = text(node);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.substring(0, 10));
            return date.isBefore(earliest) || date.isAfter(latest) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time of day as {@code HH:MM} or {@code HH:MM:SS}, or null. */
    static LocalTime time(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 && text.charAt(1) == ':' ? "0" + text : text).withNano(0);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
