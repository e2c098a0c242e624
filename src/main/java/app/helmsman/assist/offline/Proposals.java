package app.helmsman.assist.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the drafts of an extraction into proposals: guesses estimate, energy and focus type from the title
 * (flagged as guesses), suggests the user's projects and tags, and leaves out a proposal that cannot be built,
 * renumbering the dependencies of the others.
 */
final class Proposals {

    /** Names that are ordinary words, so a capital at the start of a sentence in the notes says nothing. */
    private static final Set<String> COMMON_NAMES = Set.of("home", "house", "personal", "family", "health", "garden",
            "school", "life", "money", "finance", "errands", "kids", "car", "admin", "fun", "misc", "other",
            "general", "inbox", "someday", "later", "today", "shopping", "travel", "social", "friends", "study");

    private Proposals() {
    }

    /** The proposals for {@code drafts}, in their order. */
    static List<ProposedTask> of(List<Draft> drafts, Vocabulary vocabulary) {
        var out = new ArrayList<ProposedTask>(drafts.size());
        for (Draft d : drafts) {
            try {
                out.add(proposal(d, vocabulary));
            } catch (RuntimeException e) {
                // Defensive: a proposal that cannot be built is left out rather than failing the rest.
                out.add(null);
            }
        }
        // keep indexes stable: a failed proposal becomes a gap that is then removed with its dependents fixed
        if (out.contains(null)) {
            return compact(out);
        }
        return List.copyOf(out);
    }

    private static ProposedTask proposal(Draft d, Vocabulary vocabulary) {
        String notes = d.notes.isEmpty() ? null : String.join("\n", d.notes);
        Guesses.Guess guess = Guesses.guess(d.title);
        boolean estimateGuessed = d.estimate == null && guess.minutes() != null;
        boolean energyGuessed = d.energy == null && guess.energy() != null;
        String project = d.project;
        if (project == null) {
            List<String> named = Guesses.suggest(vocabulary.projects(), d.title);
            project = named.isEmpty() ? null : named.getFirst();
        }
        if (project == null && notes != null) {
            // in the notes only a name written with its capital counts: "Acme's renewal", not "work is crazy"
            for (String name : vocabulary.projects()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (Lexicon.isVerb(lower) || COMMON_NAMES.contains(lower)) {
                    continue;
                }
                if (Guesses.containsWord(notes, Words.capitalise(name)) || Guesses.containsWord(notes, name)
                        && !name.equals(lower)) {
                    project = name;
                    break;
                }
            }
        }
        for (String tag : Guesses.suggest(vocabulary.tags(), d.title)) {
            d.tag(tag);
        }
        return new ProposedTask(d.title, Optional.ofNullable(notes),
                Optional.ofNullable(d.estimate != null ? d.estimate : guess.minutes()), estimateGuessed,
                Optional.ofNullable(d.energy != null ? d.energy : guess.energy()), energyGuessed,
                Optional.ofNullable(guess.focus()), Optional.ofNullable(d.priority), Optional.ofNullable(d.doDate),
                Optional.ofNullable(d.doTime), Optional.ofNullable(d.soft), Optional.ofNullable(d.hard),
                Optional.ofNullable(d.recurrence), Optional.ofNullable(project), d.tags,
                List.copyOf(d.dependsOn), d.source);
    }

    private static List<ProposedTask> compact(List<ProposedTask> withGaps) {
        int[] newIndex = new int[withGaps.size()];
        int next = 0;
        for (int i = 0; i < withGaps.size(); i++) {
            newIndex[i] = withGaps.get(i) == null ? -1 : next++;
        }
        var out = new ArrayList<ProposedTask>(next);
        for (ProposedTask p : withGaps) {
            if (p == null) {
                continue;
            }
            var deps = p.dependsOn().stream().map(i -> newIndex[i]).filter(i -> i >= 0).toList();
            out.add(new ProposedTask(p.title(), p.notes(), p.estimateMinutes(), p.estimateGuessed(), p.energy(),
                    p.energyGuessed(), p.focusType(), p.priority(), p.doDate(), p.doTime(), p.softDeadline(),
                    p.hardDeadline(), p.recurrenceRule(), p.project(), p.tags(), deps, p.sourceText()));
        }
        return List.copyOf(out);
    }
}
