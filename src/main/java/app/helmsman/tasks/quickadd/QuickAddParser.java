package app.helmsman.tasks.quickadd;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one quick-add line such as {@code Call mom tomorrow 3pm ~15m !1 #family +Home @low} into a
 * {@link ParsedTask}: the title plus everything recognised, each with its source {@link Span} for a
 * dismissible preview chip.
 *
 * <p>What is recognised (case-insensitive, English):
 * <ul>
 * <li>do date: {@code today}, {@code tonight}, {@code tomorrow}, {@code day after tomorrow}, {@code Friday},
 *     {@code on Fri}, {@code this Friday}, {@code next Friday}, {@code next week|weekend|month|year},
 *     {@code in 3 days|2 weeks|a month}, {@code 31 Dec}, {@code Dec 31}, {@code 31st of December 2027},
 *     {@code on the 15th}, {@code 2026-12-31}. A day and month without a year that has passed means next year.
 *     A weekday ({@code Friday}, {@code on Friday}, {@code next Friday}) is the first such day after today,
 *     so on a Friday it is a week ahead; {@code this Friday} includes today.
 *     Month names alone are never dates, nor are abbreviated weekdays without a keyword ({@code sat}, {@code sun}).
 *     A date may be followed by a part of the day ({@code tomorrow morning}, {@code Friday night}; also
 *     {@code this evening}); it gives the time when none is written: morning 9:00, afternoon 14:00, evening
 *     19:00 (also {@code tonight}), night 21:00.
 * <li>do time: {@code 3pm}, {@code 3:30 pm}, {@code 15:00}, {@code at 9}, {@code at noon}, {@code in 2 hours},
 *     {@code in the morning}. A bare hour needs {@code at}; {@code at 1} to {@code at 6} mean the afternoon.
 * <li>deadline: {@code due Friday}; hard deadline: {@code by Friday!} (or {@code due Friday!});
 *     {@code by Friday} without the mark is a soft deadline. Deadlines are dates: the time in {@code by 5pm}
 *     or {@code due Friday 5pm} is left in the title rather than read as a do time.
 * <li>estimate {@code ~15m}, {@code ~1h30}, {@code ~2h}, {@code ~90 min}; priority {@code !1} to {@code !4};
 *     tags {@code #family}; project {@code +Home}; energy {@code @low}, {@code @medium}, {@code @high}.
 * <li>reminder: {@code remind 5pm}, {@code remind me at 9}, {@code remind tomorrow 9am}, {@code remind Friday morning},
 *     {@code remind in 2h}, {@code remind in 30 min}: a moment; a time alone is the next such time (today or tomorrow),
 *     a date alone means 9:00 (or its part of the day). {@code remind} followed by anything else stays in the title.
 * <li>recurrence: {@code every day}, {@code daily}, {@code every weekday}, {@code every Mon and Thu},
 *     {@code on Mondays}, {@code every 2 weeks}, {@code every other week}, {@code weekly}, {@code every month on
 *     the 1st}, {@code monthly}, {@code every year}.
 * </ul>
 * Quoted text ({@code "May report"}) is never parsed and keeps its words, without the quotes. URLs and e-mail
 * addresses are never parsed. Unknown words stay in the title. When a kind that takes one value appears twice,
 * the first one wins and the later one stays in the title. {@code daily}, {@code weekly} and the like as the
 * first word followed by ordinary words are read as an adjective ({@code Weekly review}) and stay in the title.
 *
 * <p>Dates are calendar dates in the zone of {@code now}: the parser returns local dates and times exactly as
 * the user meant them, even a time that a DST change skips on that day; resolving them to instants is up to the
 * caller. A time or a recurrence without a date gives the first date that is not in the past.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuickAddParser {

    private static final java.util.regex.Pattern COMPACT_DURATION = java.util.regex.Pattern.compile("(\\d{1,3})(h|hr|hrs|m|min|mins)");

    /** A parser; it holds no state, so one instance can serve the whole application. */
    public QuickAddParser() {
    }

    /**
     * Parses {@code text} as of {@code now}.
     *
     * @param text the line typed by the user, not null
     * @param now the current time in the user's time zone, not null
     * @return the parsed task, never null; its title may be empty when everything was recognised
     */
    public ParsedTask parse(String text, ZonedDateTime now) {
        return parse(text, now, Set.of());
    }

    /**
     * Parses {@code text} as of {@code now}, keeping the dismissed parts as plain words in the title. A word
     * that overlaps a dismissed span is never parsed; the rest of the line is parsed as usual, so it may yield
     * parts that the dismissed one used to hide (dismissing {@code tomorrow} in {@code tomorrow tomorrow}
     * recognises the second one).
     *
     * @param text the line typed by the user, not null
     * @param now the current time in the user's time zone, not null
     * @param dismissed spans of {@link Recognised#span() recognised parts} the user dismissed, not null
     * @return the parsed task, never null
     */
    public ParsedTask parse(String text, ZonedDateTime now, Set<Span> dismissed) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(dismissed, "dismissed");
        return new Run(text, now, Token.tokenize(text, dismissed)).parse();
    }

    /** The state of one parse; never shared between threads. */
    private static final class Run {

        private final String text;
        private final ZonedDateTime now;
        private final LocalDate today;
        private final List<Token> tokens;
        private final List<Recognised> parts = new ArrayList<>();

        private LocalDate doDate;
        private LocalTime doTime;
        private PartOfDay partOfDay;
        private boolean timeAmbiguous;
        private int timePart = -1;
        private LocalDate softDeadline;
        private LocalDate hardDeadline;
        private Integer estimate;
        private Integer priority;
        private final List<String> tags = new ArrayList<>();
        private String project;
        private Energy energy;
        private Recurrence recurrence;
        private ZonedDateTime remindAt;

        Run(String text, ZonedDateTime now, List<Token> tokens) {
            this.text = text;
            this.now = now;
            this.today = now.toLocalDate();
            this.tokens = tokens;
        }

        ParsedTask parse() {
            int i = 0;
            while (i < tokens.size()) {
                int end = Grammar.word(tokens, i) == null ? -1 : matchAt(i, true);
                i = end > i ? end : i + 1;
            }
            finish();
            return new ParsedTask(title(), Optional.ofNullable(doDate), Optional.ofNullable(doTime),
                    Optional.ofNullable(softDeadline), Optional.ofNullable(hardDeadline),
                    Optional.ofNullable(estimate), Optional.ofNullable(priority), tags, Optional.ofNullable(project),
                    Optional.ofNullable(energy), Optional.ofNullable(recurrence).map(Recurrence::toRRule), parts,
                    Optional.ofNullable(remindAt));
        }

        /**
         * Tries every rule at token {@code i}. Returns the index after the phrase that matched, or -1. A phrase
         * whose kind is already set is skipped as a whole and stays in the title. With {@code apply} unset,
         * only says whether something would match.
         */
        private int matchAt(int i, boolean apply) {
            String word = tokens.get(i).lower();
            if (RecurrenceGrammar.isRecurrenceAdjective(word) && i == 0 && startsTitle(i + 1)) {
                return -1;
            }
            if (word.equals("remind")) {
                int end = remind(i, apply);
                if (end > 0) {
                    return end;
                }
            }
            var recurrenceMatch = RecurrenceGrammar.recurrence(tokens, i);
            if (recurrenceMatch != null) {
                if (apply && recurrence == null) {
                    recurrence = recurrenceMatch.rule();
                    add(Recognised.Kind.RECURRENCE, i, recurrenceMatch.end(), -1, recurrence.label());
                }
                return recurrenceMatch.end();
            }
            if (word.equals("due") || word.equals("by")) {
                int end = deadline(i, apply);
                if (end > 0) {
                    return end;
                }
                // "by 5pm": deadlines are dates, so rather than half-parse it the phrase stays in the title
                var time = Grammar.next(tokens, i) == null ? null : TimeGrammar.time(tokens, i + 1);
                if (time != null) {
                    return time.end();
                }
            }
            var moment = TimeGrammar.moment(tokens, i, now);
            if (moment != null) {
                if (apply && doDate == null && doTime == null) {
                    doDate = moment.date();
                    doTime = moment.time();
                    String day = Words.relative(doDate, today);
                    String label = (day == null ? Words.date(doDate, today) : Words.capitalise(day)) + " "
                            + Words.time(doTime);
                    add(Recognised.Kind.DO_TIME, i, moment.end(), -1, label);
                }
                return moment.end();
            }
            var date = DateGrammar.date(tokens, i, today, false);
            if (date != null) {
                if (apply && doDate == null) {
                    doDate = date.date();
                    partOfDay = date.partOfDay();
                    add(Recognised.Kind.DO_DATE, i, date.end(), -1, dateLabel(date));
                }
                return date.end();
            }
            var time = TimeGrammar.time(tokens, i);
            if (time != null) {
                if (apply && doTime == null) {
                    doTime = time.time();
                    timeAmbiguous = time.ambiguous();
                    timePart = parts.size();
                    add(Recognised.Kind.DO_TIME, i, time.end(), -1, Words.time(doTime));
                }
                return time.end();
            }
            return sigil(i, word, apply);
        }

        /** Whether the token at {@code j} is an ordinary word that no rule would take. */
        private boolean startsTitle(int j) {
            String next = Grammar.next(tokens, j - 1);
            return next != null && Character.isLetter(next.charAt(0)) && matchAt(j, false) < 0;
        }

        private int deadline(int i, boolean apply) {
            int j = i + 1;
            if (Grammar.next(tokens, i) == null) {
                return -1;
            }
            if (tokens.get(i).lower().equals("due") && "on".equals(Grammar.next(tokens, i))) {
                if (Grammar.next(tokens, i + 1) == null) {
                    return -1;
                }
                j++;
            }
            var date = DateGrammar.date(tokens, j, today, true);
            if (date == null) {
                return -1;
            }
            int end = date.end();
            Token last = tokens.get(end - 1);
            int bangAt = -1;
            if (last.bang()) {
                bangAt = last.text(text).indexOf('!', last.coreEnd() - last.start()) + last.start();
            } else if (end < tokens.size() && isLoneBang(tokens.get(end))) {
                bangAt = tokens.get(end).start() + tokens.get(end).text(text).indexOf('!');
                end++;
            }
            boolean hard = bangAt >= 0;
            int consumed = end;
            if (!hard && Grammar.next(tokens, end - 1) != null) {
                // "due Friday 5pm": deadlines are dates, so the time stays in the title rather than
                // becoming a do time on another day
                var time = TimeGrammar.time(tokens, end);
                consumed = time == null ? end : time.end();
            }
            if (apply && (hard ? hardDeadline == null : softDeadline == null)) {
                String day = Words.relative(date.date(), today);
                String when = Words.date(date.date(), today);
                when = day == null ? when : day + ", " + when;
                if (hard) {
                    hardDeadline = date.date();
                    add(Recognised.Kind.HARD_DEADLINE, i, end, bangAt + 1, "Hard deadline " + when);
                } else {
                    softDeadline = date.date();
                    add(Recognised.Kind.DEADLINE, i, end, -1, "Due " + when);
                }
            }
            return consumed;
        }

        /**
         * {@code remind [me] <when>}: a relative moment ({@code in 2h}, {@code in 2 hours}), a date with an optional
         * time ({@code tomorrow 9am}, {@code Friday morning}), or a time ({@code 5pm}, {@code at 9}). Returns the index
         * after the phrase, or -1 when no moment follows (the word stays in the title).
         */
        private int remind(int i, boolean apply) {
            int j = i + 1;
            if (Grammar.next(tokens, i) == null) {
                return -1;
            }
            if ("me".equals(Grammar.word(tokens, j))) {
                if (Grammar.next(tokens, j) == null) {
                    return -1;
                }
                j++;
            }
            ZonedDateTime at = null;
            int end = -1;
            var compact = "in".equals(Grammar.word(tokens, j)) ? compactDuration(Grammar.next(tokens, j)) : null;
            if (compact != null) {
                at = now.plus(compact).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
                end = j + 2;
            } else {
                var moment = TimeGrammar.moment(tokens, j, now);
                if (moment != null) {
                    at = ZonedDateTime.of(moment.date(), moment.time(), now.getZone());
                    end = moment.end();
                } else {
                    var date = DateGrammar.date(tokens, j, today, true);
                    if (date != null) {
                        var time = Grammar.next(tokens, date.end() - 1) == null ? null : TimeGrammar.time(tokens, date.end());
                        LocalTime clock = time != null ? time.time() : date.partOfDay() != null ? date.partOfDay().time : LocalTime.of(9, 0);
                        if (time != null && time.ambiguous() && date.partOfDay() != null && date.partOfDay().time.getHour() >= 12 && clock.getHour() < 12) {
                            clock = clock.plusHours(12);
                        }
                        at = ZonedDateTime.of(date.date(), clock, now.getZone());
                        end = time != null ? time.end() : date.end();
                    } else {
                        var time = TimeGrammar.time(tokens, j);
                        if (time != null) {
                            var day = time.time().isAfter(now.toLocalTime()) ? today : today.plusDays(1);
                            at = ZonedDateTime.of(day, time.time(), now.getZone());
                            end = time.end();
                        }
                    }
                }
            }
            if (at == null) {
                return -1;
            }
            if (apply && remindAt == null) {
                remindAt = at;
                var day = Words.relative(at.toLocalDate(), today);
                var label = "Remind " + ("today".equals(day) ? "" : (day == null ? Words.date(at.toLocalDate(), today) : day) + " ")
                        + String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
                add(Recognised.Kind.REMIND, i, end, -1, label);
            }
            return end;
        }

        /** {@code 2h}, {@code 90m}, {@code 30min}, {@code 1hr} (1 to 999 of them). */
        private static java.time.Duration compactDuration(String word) {
            if (word == null) {
                return null;
            }
            var m = COMPACT_DURATION.matcher(word);
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            if (n == 0) {
                return null;
            }
            return m.group(2).startsWith("h") ? java.time.Duration.ofHours(n) : java.time.Duration.ofMinutes(n);
        }

        private static boolean isLoneBang(Token token) {
            return !token.literal() && token.core().isEmpty() && token.lead().isEmpty()
                    && token.trail().startsWith("!");
        }

        /** {@code ~15m}, {@code !1}, {@code #tag}, {@code +Project}, {@code @low}. */
        private int sigil(int i, String word, boolean apply) {
            String core = tokens.get(i).core();
            if (core.length() < 2) {
                return -1;
            }
            switch (core.charAt(0)) {
                case '~' -> {
                    int[] minutesAndEnd = Estimates.parse(tokens, i);
                    if (minutesAndEnd == null) {
                        return -1;
                    }
                    if (apply && estimate == null) {
                        estimate = minutesAndEnd[0];
                        add(Recognised.Kind.ESTIMATE, i, minutesAndEnd[1], -1, Estimates.label(estimate));
                    }
                    return minutesAndEnd[1];
                }
                case '!' -> {
                    if (core.length() != 2 || core.charAt(1) < '1' || core.charAt(1) > '4') {
                        return -1;
                    }
                    if (apply && priority == null) {
                        priority = core.charAt(1) - '0';
                        add(Recognised.Kind.PRIORITY, i, i + 1, -1, "Priority " + priority);
                    }
                    return i + 1;
                }
                case '#' -> {
                    if (!isName(core)) {
                        return -1;
                    }
                    String tag = core.substring(1);
                    if (apply && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
                        tags.add(tag);
                        add(Recognised.Kind.TAG, i, i + 1, -1, "#" + tag);
                    }
                    return i + 1;
                }
                case '+' -> {
                    if (!isName(core)) {
                        return -1;
                    }
                    if (apply && project == null) {
                        project = core.substring(1);
                        add(Recognised.Kind.PROJECT, i, i + 1, -1, "Project " + project);
                    }
                    return i + 1;
                }
                case '@' -> {
                    Energy level = switch (word) {
                        case "@low" -> Energy.LOW;
                        case "@medium", "@med" -> Energy.MEDIUM;
                        case "@high" -> Energy.HIGH;
                        default -> null;
                    };
                    if (level == null) {
                        return -1;
                    }
                    if (apply && energy == null) {
                        energy = level;
                        add(Recognised.Kind.ENERGY, i, i + 1, -1,
                                Words.capitalise(level.name().toLowerCase(Locale.ROOT)) + " energy");
                    }
                    return i + 1;
                }
                default -> {
                    return -1;
                }
            }
        }

        /** A sigil followed by a letter, then letters, digits, {@code _ - / .} (not at the end). */
        private static boolean isName(String core) {
            if (!Character.isLetter(core.codePointAt(1))) {
                return false;
            }
            for (int k = 1; k < core.length(); k++) {
                char c = core.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '/' && c != '.'
                        && !Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }

        /** Records a part over tokens {@code [from, to)}; {@code spanEnd} overrides the end offset if positive. */
        private void add(Recognised.Kind kind, int from, int to, int spanEnd, String label) {
            int start = tokens.get(from).coreStart();
            int end = spanEnd > 0 ? spanEnd : tokens.get(to - 1).coreEnd();
            parts.add(new Recognised(kind, new Span(start, end), text.substring(start, end), label));
        }

        /** {@code "Tomorrow, Sun 29 Nov"}, {@code "Tonight, Sat 28 Nov"}, {@code "Fri 4 Dec, evening"}. */
        private String dateLabel(DateGrammar.DateMatch match) {
            String day = match.tonight() ? "tonight" : Words.relative(match.date(), today);
            String date = Words.date(match.date(), today);
            if (match.partOfDay() == null || match.tonight()) {
                return day == null ? date : Words.capitalise(day) + ", " + date;
            }
            String part = match.partOfDay().name().toLowerCase(Locale.ROOT);
            if (day == null) {
                return date + ", " + part;
            }
            return (day.equals("today") ? "This " : "Tomorrow ") + part + ", " + date;
        }

        /**
         * A named part of the day gives the time when none was written, and moves an hour written without
         * am/pm into the afternoon or evening ({@code tonight at 9}). Then a time or a recurrence without
         * a date gets the first date that is not in the past.
         */
        private void finish() {
            if (partOfDay != null && doTime == null) {
                doTime = partOfDay.time;
            } else if (partOfDay != null && timeAmbiguous && partOfDay.time.getHour() >= 12
                    && doTime.getHour() < 12) {
                doTime = doTime.plusHours(12);
                Recognised old = parts.get(timePart);
                parts.set(timePart, new Recognised(old.kind(), old.span(), old.text(), Words.time(doTime)));
            }
            if (doDate == null && (doTime != null || recurrence != null)) {
                LocalDate from = doTime != null && !doTime.isAfter(now.toLocalTime()) ? today.plusDays(1) : today;
                doDate = recurrence == null ? from : recurrence.firstOnOrAfter(from);
            }
        }

        private String title() {
            return Titles.build(text, tokens, parts);
        }
    }
}
