package app.helmsman.assist.internal;

import app.helmsman.assist.Proposal;
import app.helmsman.assist.offline.Vocabulary;
import app.helmsman.tasks.Energy;
import app.helmsman.tasks.FocusType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a model's answer against what the schema promised and repairs it: fields that cannot be read become null,
 * unknown projects and tags are dropped, dependencies are renumbered; items that cannot be repaired (no title, a
 * duplicate, a repeat of the system prompt) are dropped and counted. An answer that is not JSON at all, or lacks the
 * list it should have, is {@link Unreadable}, and the caller falls back to the offline helpers.
 */
final class AnswerReader {

    /** At most this many proposals or steps are kept. */
    static final int MAX_PROPOSALS = 50;
    static final int MAX_STEPS = 10;
    static final int MAX_TAGS = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A repaired answer and what had to be done to it. */
    record Read<T>(T value, int dropped, int repaired) {
    }

    record Steps(List<String> steps, Optional<String> guidance) {
    }

    record Classification(Energy energy, FocusType focus, Integer estimateMinutes) {
    }

    /** An answer that cannot be used at all. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final Prompts prompts;

    AnswerReader(Prompts prompts) {
        this.prompts = prompts;
    }

    /**
     * The proposals in an extraction answer.
     *
     * @param dump the brain dump, where {@code #tag} and {@code +Project} may name what the vocabulary lacks
     * @param today the person's today, to reject dates that cannot be meant
     */
    Read<List<Proposal>> proposals(String content, Vocabulary vocabulary, String dump, LocalDate today)
            throws Unreadable {
        JsonNode root = tree(content);
        JsonNode items = root.isArray() ? root : root.get("tasks");
        if (items == null || !items.isArray()) {
            throw new Unreadable("no tasks array");
        }
        var names = new Names(vocabulary, dump);
        var kept = new ArrayList<Proposal>();
        var newIndex = new HashMap<Integer, Integer>();
        var titles = new HashSet<String>();
        int dropped = 0;
        int repaired = root.isArray() ? 1 : 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isString()) {
                item = JSON.createObjectNode().put("title", item.stringValue());
                repaired++;
            }
            String title = item.isObject() ? Fields.title(item.get("title")) : null;
            String key = title == null ? null : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            String notes = item.isObject() ? Fields.text(item.get("notes")) : null;
            if (title == null || key.isEmpty() || !titles.add(key) || prompts.leaks(title) || prompts.leaks(notes)
                    || kept.size() >= MAX_PROPOSALS) {
                dropped++;
                continue;
            }
            var item2 = new Item(item, today, names, newIndex);
            if (title.length() > Proposal.MAX_TITLE) {
                notes = notes == null ? title : title + "\n" + notes;
                title = Fields.cut(title, Proposal.MAX_TITLE);
                item2.repaired++;
            }
            if (notes != null && notes.length() > Proposal.MAX_NOTES) {
                notes = Fields.cut(notes, Proposal.MAX_NOTES);
                item2.repaired++;
            }
            var proposal = item2.proposal(title, notes); // before this item's own index exists: no self-dependency
            newIndex.put(i, kept.size());
            kept.add(proposal);
            repaired += item2.repaired;
        }
        return new Read<>(kept, dropped, repaired);
    }

    /** The steps in a breakdown answer; fewer than two usable steps make it {@link Unreadable}. */
    Read<Steps> steps(String content) throws Unreadable {
        JsonNode root = tree(content);
        JsonNode items = root.isArray() ? root : root.get("steps");
        if (items == null || !items.isArray()) {
            throw new Unreadable("no steps array");
        }
        var steps = new ArrayList<String>();
        var seen = new HashSet<String>();
        int dropped = 0;
        for (JsonNode item : items) {
            String step = Fields.title(item.isObject() ? firstText(item, "title", "step", "text") : item);
            if (step == null || prompts.leaks(step) || !seen.add(step.toLowerCase(Locale.ROOT))
                    || steps.size() >= MAX_STEPS) {
                dropped++;
                continue;
            }
            steps.add(Fields.cut(step, Proposal.MAX_TITLE));
        }
        if (steps.size() < 2) {
            throw new Unreadable("fewer than two usable steps");
        }
        String guidance = root.isObject() ? Fields.cut(Fields.text(root.get("guidance")), 500) : null;
        if (prompts.leaks(guidance)) {
            guidance = null;
            dropped++;
        }
        return new Read<>(new Steps(steps, Optional.ofNullable(guidance)), dropped, 0);
    }

    /** The suggestion in a classification answer; a value that cannot be read is no suggestion. */
    Read<Classification> classification(String content) throws Unreadable {
        JsonNode root = tree(content);
        if (!root.isObject()) {
            throw new Unreadable("not an object");
        }
        var result = new Classification(Fields.constant(root.get("energy"), Energy.class),
                Fields.constant(root.get("focus"), FocusType.class),
                Fields.bounded(root.get("estimateMinutes"), 1, Proposal.MAX_ESTIMATE));
        return new Read<>(result, 0, 0);
    }

    /** The JSON in the content; a Markdown fence or words around one object are tolerated (and are a repair). */
    static JsonNode tree(String content) throws Unreadable {
        if (content == null || content.isBlank()) {
            throw new Unreadable("empty answer");
        }
        try {
            return JSON.readTree(content);
        } catch (JacksonException notPlainJson) {
            int start = content.indexOf('{');
            int end = content.lastIndexOf('}');
            if (start >= 0 && end > start) {
                try {
                    return JSON.readTree(content.substring(start, end + 1));
                } catch (JacksonException stillNot) {
                    // below
                }
            }
            throw new Unreadable("not JSON");
        }
    }

    private static JsonNode firstText(JsonNode object, String... names) {
        for (String name : names) {
            if (object.get(name) != null && object.get(name).isString()) {
                return object.get(name);
            }
        }
        return null;
    }

    /** One task item's fields other than title and notes. */
    private static final class Item {
        final JsonNode node;
        final LocalDate today;
        final Names names;
        final Map<Integer, Integer> newIndex;
        int repaired;

        Item(JsonNode node, LocalDate today, Names names, Map<Integer, Integer> newIndex) {
            this.node = node;
            this.today = today;
            this.names = names;
            this.newIndex = newIndex;
        }

        Proposal proposal(String title, String notes) {
            return new Proposal(title, notes, check("estimateMinutes", Fields.bounded(node.get("estimateMinutes"), 1, Proposal.MAX_ESTIMATE)),
                    check("energy", Fields.constant(node.get("energy"), Energy.class)),
                    check("focus", Fields.constant(node.get("focus"), FocusType.class)),
                    check("priority", Fields.bounded(node.get("priority"), 1, 4)), date("doDate"),
                    check("doTime", Fields.time(node.get("doTime"))), date("softDeadline"), date("hardDeadline"),
                    check("project", names.project(Fields.text(node.get("project")))), tags(), dependsOn());
        }

        /** The value, counting a repair when the field had something that could not be used. */
        private <T> T check(String field, T value) {
            JsonNode raw = node.get(field);
            if (value == null && raw != null && !raw.isNull()) {
                repaired++;
            }
            return value;
        }

        private LocalDate date(String field) {
            return check(field, Fields.date(node.get(field), today.minusYears(1), today.plusYears(5)));
        }

        private List<String> tags() {
            var tags = new ArrayList<String>();
            JsonNode raw = node.get("tags");
            if (raw == null || !raw.isArray()) {
                return tags;
            }
            for (JsonNode tag : raw) {
                String name = names.tag(Fields.text(tag));
                if (name == null || tags.size() >= MAX_TAGS) {
                    repaired++;
                } else if (tags.stream().noneMatch(name::equalsIgnoreCase)) {
                    tags.add(name);
                }
            }
            return tags;
        }

        private List<Integer> dependsOn() {
            var out = new TreeSet<Integer>();
            JsonNode raw = node.get("dependsOn");
            if (raw == null || !raw.isArray()) {
                return List.of();
            }
            for (JsonNode index : raw) {
                Integer old = Fields.number(index);
                Integer mapped = old == null ? null : newIndex.get(old); // only earlier items that were kept
                if (mapped == null) {
                    repaired++;
                } else {
                    out.add(mapped);
                }
            }
            return List.copyOf(out);
        }
    }
}
