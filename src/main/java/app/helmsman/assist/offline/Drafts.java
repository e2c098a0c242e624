package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.ParsedTask;
import app.helmsman.tasks.quickadd.QuickAddParser;
import app.helmsman.tasks.quickadd.Recognised;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposals of one extraction while they are built. A clause that reads as an action becomes a draft, or
 * merges into the draft with the same title key; its dates, deadlines, estimate, energy, priority, project and
 * tags come from the quick-add parser, else from its heading, and its dependencies only point backwards.
 */
final class Drafts {

    private final QuickAddParser parser;
    private final String original;
    private final ZonedDateTime now;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> byKey = new HashMap<>();
    private final Map<Clause, Draft> byClause = new IdentityHashMap<>();

    /**
     * What a clause made: the draft it became or merged into; or, for a clause that is only a date ("first thing
     * Monday, I have to ..."), that date, which the next action of the sentence takes.
     */
    record Made(Draft draft, LocalDate date) {
    }

    Drafts(QuickAddParser parser, String original, ZonedDateTime now) {
        this.parser = parser;
        this.original = original;
        this.now = now;
    }

    int size() {
        return drafts.size();
    }

    /** The last draft made, or null when there is none. */
    Draft last() {
        return drafts.isEmpty() ? null : drafts.getLast();
    }

    List<Draft> all() {
        return Collections.unmodifiableList(drafts);
    }

    /**
     * Reads what the quick-add parser makes of a clause's action into a new draft, or into the draft with the
     * same title key.
     *
     * @param context the heading's effect, or null
     * @param inherited a date an earlier clause of the same sentence gave, or null
     */
    Made add(Clause clause, Phrasing.Phrase phrase, HeadingContext context, LocalDate inherited) {
        ParsedTask parsed = parser.parse(Deadlines.rewrite(Durations.rewrite(phrase.action()), parser, now), now);
        String title = Titles.tidy(parsed.title());
        String notes = phrase.notes();
        int open = title.lastIndexOf('(');
        if (title.endsWith(")") && open > 0) {
            String inside = Words.trimDecorations(title.substring(open + 1, title.length() - 1));
            notes = notes == null ? Words.capitalise(inside) : Words.capitalise(inside) + ". " + notes;
            title = Titles.tidy(title.substring(0, open));
        }
        if (!Titles.hasLetter(title)) {
            return new Made(null, parsed.doDate().orElse(null));
        }
        if (title.length() > ProposedTask.MAX_TITLE) {
            int cut = title.lastIndexOf(' ', ProposedTask.MAX_TITLE - 2);
            String full = title;
            title = title.substring(0, cut > 20 ? cut : ProposedTask.MAX_TITLE - 1).stripTrailing() + "\u2026";
            notes = notes == null ? full : full + "\n" + notes;
        }
        String key = Titles.key(title);
        Draft existing = byKey.get(key);
        Draft draft = existing != null ? existing : new Draft(drafts.size(),
                original.substring(clause.start, Math.min(clause.end, original.length())));
        if (existing == null) {
            if (drafts.size() >= OfflineExtractor.MAX_PROPOSALS) {
                return new Made(null, null);
            }
            draft.title = title;
            draft.key = key;
            drafts.add(draft);
            byKey.put(key, draft);
        }
        byClause.put(clause, draft);
        draft.note(clause.notes);
        draft.note(notes);
        boolean ownDate = parsed.parts().stream().anyMatch(p -> p.kind() == Recognised.Kind.DO_DATE
                || p.kind() == Recognised.Kind.RECURRENCE
                || p.kind() == Recognised.Kind.DO_TIME && p.label().indexOf(' ') != p.label().lastIndexOf(' '));
        LocalDate doDate = parsed.doDate().orElse(null);
        if (!ownDate) {
            LocalDate given = inherited != null ? inherited : context == null ? null : context.date();
            if (given != null) {
                doDate = given;
            }
        }
        if (draft.doDate == null) {
            draft.doDate = doDate;
            draft.doTime = parsed.doTime().orElse(null);
        }
        if (draft.soft == null) {
            draft.soft = parsed.softDeadline().orElse(null);
        }
        if (draft.hard == null) {
            draft.hard = parsed.hardDeadline().orElse(null);
        }
        if (draft.recurrence == null) {
            draft.recurrence = parsed.recurrenceRule().orElse(null);
        }
        if (draft.estimate == null) {
            draft.estimate = parsed.estimateMinutes().orElse(null);
        }
        if (draft.energy == null) {
            draft.energy = parsed.energy().orElse(null);
        }
        Integer priority = parsed.priority().orElse(phrase.priority() > 0 ? phrase.priority() : null);
        if (priority != null && (draft.priority == null || priority < draft.priority)) {
            draft.priority = priority;
        }
        if (draft.project == null) {
            draft.project = parsed.project().orElse(context == null ? null : context.project());
        }
        parsed.tags().forEach(draft::tag);
        if (context != null) {
            draft.tag(context.tag());
        }
        // dependencies only point backwards
        if ((clause.sequential || phrase.sequential()) && draft.index > 0) {
            Draft previous = existing == null ? drafts.get(drafts.size() - 2) : null;
            if (previous != null) {
                draft.dependsOn.add(previous.index);
            }
        }
        if (clause.after != null) {
            Draft before = byClause.get(clause.after);
            if (before != null && before.index < draft.index) {
                draft.dependsOn.add(before.index);
            }
        }
        return new Made(draft, null);
    }
}
