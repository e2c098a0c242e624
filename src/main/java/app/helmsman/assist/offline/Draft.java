package app.helmsman.assist.offline;

import app.helmsman.tasks.quickadd.Energy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A proposal being built. */
final class Draft {

    final int index;
    final String source;
    String title;
    String key;
    final List<String> notes = new ArrayList<>();
    Integer estimate;
    Energy energy;
    Integer priority;
    LocalDate doDate;
    LocalTime doTime;
    LocalDate soft;
    LocalDate hard;
    String recurrence;
    String project;
    final List<String> tags = new ArrayList<>();
    final TreeSet<Integer> dependsOn = new TreeSet<>();

    Draft(int index, String source) {
        this.index = index;
        this.source = source;
    }

    void note(String note) {
        if (note == null) {
            return;
        }
        String clean = Words.collapse(note).strip();
        if (!clean.isEmpty() && Words.hasLetterOrDigit(clean) && !notes.contains(clean)) {
            notes.add(clean);
        }
    }

    void tag(String tag) {
        if (tag != null && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            tags.add(tag);
        }
    }
}
