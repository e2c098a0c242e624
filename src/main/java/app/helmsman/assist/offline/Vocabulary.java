package app.helmsman.assist.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The names a user already has, from which the extractor may suggest a project or tags. Names that the text states
 * explicitly with {@code +Project} or {@code #tag} are always kept, whether or not they are listed here.
 *
 * @param projects the user's project names, in any case; blanks and case-insensitive duplicates are dropped
 * @param tags the user's tag names without {@code #}; blanks and case-insensitive duplicates are dropped
 */
public record Vocabulary(List<String> projects, List<String> tags) {

    /** No projects and no tags: only explicit {@code +Project} and {@code #tag} are suggested. */
    public static final Vocabulary NONE = new Vocabulary(List.of(), List.of());

    public Vocabulary {
        projects = clean(Objects.requireNonNull(projects, "projects"));
        tags = clean(Objects.requireNonNull(tags, "tags"));
    }

    private static List<String> clean(List<String> names) {
        var out = new ArrayList<String>(names.size());
        var seen = new ArrayList<String>(names.size());
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String trimmed = name.strip();
            String key = trimmed.toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !seen.contains(key)) {
                seen.add(key);
                out.add(trimmed);
            }
        }
        return List.copyOf(out);
    }
}
