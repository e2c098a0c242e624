package app.helmsman.assist.internal;

import app.helmsman.assist.offline.Vocabulary;
import app.helmsman.tasks.ProjectView;
import app.helmsman.tasks.TagView;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project and tag names a model may suggest: the person's own (returned as they spell them), or a name the dump
 * itself states with {@code +Project} or {@code #tag}. Anything else is the model's invention and is dropped.
 */
final class Names {

    private final Vocabulary vocabulary;
    private final String dump;

    Names(Vocabulary vocabulary, String dump) {
        this.vocabulary = vocabulary;
        this.dump = dump == null ? "" : dump;
    }

    /** The project as the person spells it, or null. */
    String project(String name) {
        return pick(name, vocabulary.projects(), '+', ProjectView.NAME_MAX_LENGTH);
    }

    /** The tag (without {@code #}) as the person spells it, or null. */
    String tag(String name) {
        return pick(name == null ? null : name.startsWith("#") ? name.substring(1) : name, vocabulary.tags(), '#',
                TagView.NAME_MAX_LENGTH);
    }

    private String pick(String name, List<String> known, char sigil, int maxLength) {
        if (name == null || name.isBlank() || name.length() > maxLength) {
            return null;
        }
        String wanted = name.strip();
        for (String own : known) {
            if (own.equalsIgnoreCase(wanted)) {
                return own;
            }
        }
        var stated = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(String.valueOf(sigil)) + Pattern.quote(wanted)
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return !wanted.contains(" ") && stated.matcher(dump).find() ? wanted : null;
    }
}
