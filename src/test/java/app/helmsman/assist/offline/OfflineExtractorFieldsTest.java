package app.helmsman.assist.offline;

import static app.helmsman.assist.offline.OfflineFixtures.extract;
import static app.helmsman.assist.offline.OfflineFixtures.only;
import static app.helmsman.assist.offline.OfflineFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.tasks.quickadd.Energy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates, estimates, energy, focus, projects, tags and de-duplication. */
class OfflineExtractorFieldsTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(List.of("Work", "Garden", "Acme"),
            List.of("errands", "Calls", "email"));

    @Test
    void quick_add_syntax_is_read_by_the_quick_add_parser() {
        ProposedTask task = only("call Kim tomorrow 3pm ~20m !2 #phone +Flat @high");

        assertThat(task.title()).isEqualTo("Call Kim");
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(task.doTime()).contains(LocalTime.of(15, 0));
        assertThat(task.estimateMinutes()).contains(20);
        assertThat(task.estimateGuessed()).isFalse();
        assertThat(task.priority()).contains(2);
        assertThat(task.tags()).containsExactly("phone");
        assertThat(task.project()).contains("Flat");
        assertThat(task.energy()).contains(Energy.HIGH);
        assertThat(task.energyGuessed()).isFalse();
    }

    @Test
    void deadlines_soft_and_hard_and_recurrence() {
        List<ProposedTask> tasks = extract("- submit the claim by Friday!\n- return the books due Monday\n"
                + "- water the plants every Sunday");

        assertThat(tasks.get(0).hardDeadline()).contains(LocalDate.of(2026, 12, 4));
        assertThat(tasks.get(1).softDeadline()).contains(LocalDate.of(2026, 11, 30));
        assertThat(tasks.get(2).recurrenceRule()).contains("FREQ=WEEKLY;BYDAY=SU");
    }

    @Test
    void before_a_date_is_a_soft_deadline_on_the_day_before() {
        ProposedTask task = only("pick up the dry cleaning before saturday");

        assertThat(task.title()).isEqualTo("Pick up the dry cleaning");
        assertThat(task.softDeadline()).as("the last day before Saturday 5 Dec (docs/adr/0028)")
                .contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void a_date_after_about_from_or_last_stays_in_the_title() {
        assertThat(only("email Sam about Friday").doDate()).isEmpty();
        assertThat(only("email Sam about Friday").title()).isEqualTo("Email Sam about Friday");
        assertThat(only("send the notes from Monday").title()).isEqualTo("Send the notes from Monday");
    }

    @Test
    void a_date_heading_dates_its_items_unless_they_have_their_own() {
        List<ProposedTask> tasks = extract("Tomorrow:\n- haircut at 3pm\n- call mum on Friday");

        assertThat(tasks.get(0).doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(tasks.get(0).doTime()).contains(LocalTime.of(15, 0));
        assertThat(tasks.get(1).doDate()).contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void a_date_alone_before_an_action_dates_it() {
        ProposedTask task = only("First thing Monday I have to present the roadmap");

        assertThat(task.title()).isEqualTo("Present the roadmap");
        assertThat(task.doDate()).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void estimates_energy_and_focus_are_guessed_from_keywords_and_flagged() {
        List<ProposedTask> tasks = extract("- email the landlord\n- write the essay\n- vacuum the stairs\n"
                + "- debug the login page\n- text Sam\n- stare at the wall");

        ProposedTask email = tasks.get(0);
        assertThat(email.estimateMinutes()).contains(15);
        assertThat(email.estimateGuessed()).isTrue();
        assertThat(email.focusType()).contains(FocusType.ADMINISTRATIVE);
        assertThat(tasks.get(1).focusType()).contains(FocusType.CREATIVE);
        assertThat(tasks.get(1).energy()).contains(Energy.HIGH);
        assertThat(tasks.get(1).energyGuessed()).isTrue();
        assertThat(tasks.get(1).estimateMinutes().orElseThrow()).isGreaterThan(60);
        assertThat(tasks.get(2).energy()).contains(Energy.LOW);
        assertThat(tasks.get(2).focusType()).isEmpty();
        assertThat(tasks.get(3).focusType()).contains(FocusType.TECHNICAL);
        assertThat(tasks.get(4).focusType()).contains(FocusType.SOCIAL);
        ProposedTask unknown = tasks.get(5);
        assertThat(unknown.estimateMinutes()).isEmpty();
        assertThat(unknown.estimateGuessed()).isFalse();
        assertThat(unknown.energy()).isEmpty();
        assertThat(unknown.focusType()).isEmpty();
    }

    @Test
    void projects_and_tags_come_only_from_the_vocabulary_or_the_text() {
        List<ProposedTask> tasks = extract("- invoice ACME for November\n- mow the lawn\n- call the vet\n"
                + "- buy stamps\n- reply to Jo\n- tidy the shed #weekend +Sheds", VOCABULARY);

        assertThat(tasks.get(0).project()).contains("Acme");
        assertThat(tasks.get(1).project()).contains("Garden");
        assertThat(tasks.get(2).tags()).containsExactly("Calls");
        assertThat(tasks.get(3).tags()).containsExactly("errands");
        assertThat(tasks.get(4).tags()).containsExactly("email");
        assertThat(tasks.get(5).tags()).containsExactly("weekend");
        assertThat(tasks.get(5).project()).contains("Sheds");
    }

    @Test
    void without_a_vocabulary_nothing_is_suggested() {
        ProposedTask task = only("call the vet about the garden work");

        assertThat(task.project()).isEmpty();
        assertThat(task.tags()).isEmpty();
    }

    @Test
    void a_lower_case_word_in_the_notes_does_not_pick_a_project() {
        ProposedTask task = only("Work is crazy, I should call dad tonight.");

        assertThat(task.title()).isEqualTo("Call dad");
        assertThat(extract("Work is crazy, I should call dad tonight.", VOCABULARY).getFirst().project()).isEmpty();
    }

    @Test
    void near_identical_tasks_are_merged_keeping_what_each_one_adds() {
        List<ProposedTask> tasks = extract("call the plumber\nNeed to call the plumber!\n- Call plumber tomorrow\n"
                + "CALL THE PLUMBER #home");

        assertThat(tasks).hasSize(1);
        assertThat(tasks.getFirst().title()).isEqualTo("Call the plumber");
        assertThat(tasks.getFirst().doDate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(tasks.getFirst().tags()).containsExactly("home");
    }

    @Test
    void different_tasks_with_similar_words_are_not_merged() {
        assertThat(titles("call mom\ncall dad\ncall mom back")).containsExactly("Call mom", "Call dad",
                "Call mom back");
    }

    @Test
    void at_most_fifty_proposals() {
        var dump = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            dump.append("- call person number ").append(i).append('\n');
        }

        List<ProposedTask> tasks = extract(dump.toString());

        assertThat(tasks).hasSize(OfflineExtractor.MAX_PROPOSALS);
        assertThat(tasks.getLast().title()).isEqualTo("Call person number 49");
    }

    @Test
    void a_merged_duplicate_never_depends_on_a_later_task() {
        List<ProposedTask> tasks = extract("call mom. email Sam and then call mom");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Call mom", "Email Sam");
        assertThat(tasks.get(0).dependsOn()).isEmpty();
    }
}
