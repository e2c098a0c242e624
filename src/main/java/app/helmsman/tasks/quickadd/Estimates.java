package app.helmsman.tasks.quickadd;

import java.util.List;

/** Estimates: {@code ~15m}, {@code ~15 min}, {@code ~1h30}, {@code ~1h 30m}, {@code ~1.5h}, {@code ~2 hours}. */
final class Estimates {

    /** A week; anything longer is not an estimate but a typo. */
    static final int MAX_MINUTES = 7 * 24 * 60;

    private Estimates() {
    }

    /** Minutes and the token index after the estimate, or null; token {@code i} starts with {@code ~}. */
    static int[] parse(List<Token> tokens, int i) {
        String s = tokens.get(i).lower();
        int pos = 1;
        int n = s.length();
        int start = pos;
        while (pos < n && Words.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            return null;
        }
        double value = Words.digits(s, start, pos);
        if (pos < n && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
            int fraction = ++pos;
            while (pos < n && Words.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == fraction || pos - fraction > 3) {
                return null;
            }
            value += Words.digits(s, fraction, pos) / Math.pow(10, pos - fraction);
        }
        int end = i + 1;
        String unit = s.substring(pos);
        String rest = "";
        int letters = 0;
        while (letters < unit.length() && Character.isLetter(unit.charAt(letters))) {
            letters++;
        }
        rest = unit.substring(letters);
        unit = unit.substring(0, letters);
        if (unit.isEmpty() && rest.isEmpty()) {
            unit = Grammar.next(tokens, i);
            end = i + 2;
        }
        double minutes;
        if (isHours(unit)) {
            minutes = value * 60;
            if (!rest.isEmpty()) {
                int extra = trailingMinutes(rest);
                if (extra < 0) {
                    return null;
                }
                minutes += extra;
            } else {
                // ~1h 30m
                String following = Grammar.next(tokens, end - 1);
                int extra = following == null ? -1 : trailingMinutes(following);
                if (extra >= 0 && !Words.isDigit(following.charAt(following.length() - 1))) {
                    minutes += extra;
                    end++;
                }
            }
        } else if (isMinutes(unit) && rest.isEmpty()) {
            minutes = value;
        } else {
            return null;
        }
        int rounded = (int) Math.round(minutes);
        if (rounded < 1 || rounded > MAX_MINUTES) {
            return null;
        }
        return new int[] {rounded, end};
    }

    /** {@code 30}, {@code 30m}, {@code 30min}: 0 to 59 minutes; -1 otherwise. */
    private static int trailingMinutes(String s) {
        int k = 0;
        while (k < s.length() && Words.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2 || !(k == s.length() || isMinutes(s.substring(k)))) {
            return -1;
        }
        int minutes = Words.digits(s, 0, k);
        return minutes <= 59 ? minutes : -1;
    }

    private static boolean isHours(String unit) {
        return unit != null && switch (unit) {
            case "h", "hr", "hrs", "hour", "hours" -> true;
            default -> false;
        };
    }

    private static boolean isMinutes(String unit) {
        return unit != null && switch (unit) {
            case "m", "min", "mins", "minute", "minutes" -> true;
            default -> false;
        };
    }

    /** {@code "~15 min"}, {@code "~2 h"}, {@code "~1 h 30 min"}. */
    static String label(int minutes) {
        if (minutes < 60) {
            return "~" + minutes + " min";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return rest == 0 ? "~" + hours + " h" : "~" + hours + " h " + rest + " min";
    }
}
