package app.helmsman.tasks.transfer;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF between records. */
public final class Csv {

    private Csv() {
    }

    /** One record and the line of the file it starts on (1-based). */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The text is malformed at this line (an unclosed quote, text after a closing quote). */
    public static final class MalformedException extends Exception {

        private final int line;

        MalformedException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses the whole text (a leading byte-order mark is skipped). */
    public static List<Row> parse(String text) throws MalformedException {
        var rows = new ArrayList<Row>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int start = line;
            var cells = new ArrayList<String>();
            var cell = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new MalformedException(quoteLine, "A quoted cell is never closed.");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                cell.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            cell.append(c);
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw new MalformedException(line, "Text follows a closing quote; write quotes inside a cell as two quotes (\"\").");
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        cell.append(text.charAt(i++));
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            rows.add(new Row(start, List.copyOf(cells)));
        }
        return rows;
    }

    /** Appends one record, quoting the cells that need it, and a CRLF. */
    public static void writeRow(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            var value = cells.get(c) == null ? "" : cells.get(c);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                    || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))))) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }

    /**
     * A text cell made safe for spreadsheets: one that starts like a formula ({@code = + - @}, tab, CR) or like an
     * escaped one gets a leading apostrophe, which {@link #unguard} removes again on import.
     */
    public static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return formulaStart(value, 0) || (value.charAt(0) == '\'' && formulaStart(value, 1)) ? "'" + value : value;
    }

    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && (formulaStart(value, 1) || (value.charAt(1) == '\'' && formulaStart(value, 2)))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean formulaStart(String value, int at) {
        if (value.length() <= at) {
            return false;
        }
        char c = value.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
