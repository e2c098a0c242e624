package app.helmsman.assist.offline;

import static app.helmsman.assist.offline.OfflineFixtures.extract;
import static app.helmsman.assist.offline.OfflineFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a dump is cut into candidate tasks: lists, sentences, connectors, compounds. */
class OfflineExtractorSplittingTest {

    @ParameterizedTest
    @ValueSource(strings = {"- call mom\n- buy milk", "* call mom\n* buy milk", "• call mom\n• buy milk",
            "[ ] call mom\n[ ] buy milk", "- [ ] call mom\n- [ ] buy milk", "1. call mom\n2. buy milk",
            "1) call mom\n2) buy milk", "a) call mom\nb) buy milk", "(1) call mom\n(2) buy milk",
            "☐ call mom\n☐ buy milk", "📞 call mom\n🛒 buy milk", "call mom\nbuy milk", "call mom\r\nbuy milk",
            "  - call mom\n  - buy milk"})
    void every_list_style_gives_one_task_per_item(String dump) {
        assertThat(titles(dump)).containsExactly("Call mom", "Buy milk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- [x] call mom\n- [ ] buy milk", "[X] call mom\n[ ] buy milk", "✅ call mom\n- buy milk",
            "☑ call mom\n☐ buy milk", "✔ call mom\n- buy milk"})
    void ticked_items_are_done_and_not_proposed(String dump) {
        assertThat(titles(dump)).containsExactly("Buy milk");
    }

    @Test
    void sentences_semicolons_and_dashes_separate_tasks() {
        assertThat(titles("Call mom. Buy milk! Email Sam? Renew passport; pay rent - book flights — water plants"))
                .containsExactly("Call mom", "Buy milk", "Email Sam", "Renew passport", "Pay rent", "Book flights",
                        "Water plants");
    }

    @Test
    void abbreviations_and_decimals_do_not_end_a_sentence() {
        assertThat(titles("Book Dr. Patel for 3.30 p.m. and ask Prof. Lee about the e.g. section"))
                .hasSize(2).first().asString().contains("Dr. Patel");
    }

    @Test
    void comma_list_of_actions_is_split_but_a_list_of_objects_is_not() {
        assertThat(titles("buy milk, call mom, and email Sam")).containsExactly("Buy milk", "Call mom", "Email Sam");
        assertThat(titles("buy eggs, bread and butter")).containsExactly("Buy eggs, bread and butter");
    }

    @Test
    void and_between_two_actions_with_their_own_objects_splits() {
        assertThat(titles("call the bank and email the landlord")).containsExactly("Call the bank",
                "Email the landlord");
    }

    @Test
    void verbs_sharing_one_object_stay_one_task() {
        assertThat(titles("write and send the report")).containsExactly("Write and send the report");
        assertThat(titles("I need to print, sign and scan the form")).containsExactly("Print, sign and scan the form");
    }

    @Test
    void a_verb_over_several_objects_stays_one_task() {
        assertThat(titles("clean kitchen and bathroom")).containsExactly("Clean kitchen and bathroom");
        assertThat(titles("buy paint and brushes")).containsExactly("Buy paint and brushes");
    }

    @Test
    void then_chains_split_and_depend_on_the_previous_task() {
        List<ProposedTask> tasks = extract("pack the bag then drive to the station and then buy a ticket");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Pack the bag", "Drive to the station",
                "Buy a ticket");
        assertThat(tasks.get(0).dependsOn()).isEmpty();
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
        assertThat(tasks.get(2).dependsOn()).containsExactly(1);
    }

    @Test
    void after_that_and_arrows_are_sequences_too() {
        List<ProposedTask> tasks = extract("draft the email. After that, send it to Ola -> archive the thread");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Draft the email", "Send it to Ola",
                "Archive the thread");
        assertThat(tasks).extracting(ProposedTask::dependsOn).containsExactly(List.of(), List.of(0), List.of(1));
    }

    @Test
    void a_sentence_starting_with_then_depends_on_the_task_before() {
        List<ProposedTask> tasks = extract("- book the venue\n- Then send the invitations");

        assertThat(tasks.get(1).title()).isEqualTo("Send the invitations");
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
    }

    @Test
    void run_on_stream_of_consciousness_splits_at_each_new_intention() {
        assertThat(titles("need to call the dentist also gotta pick up the dry cleaning and i should email sam"))
                .containsExactly("Call the dentist", "Pick up the dry cleaning", "Email sam");
    }

    @Test
    void once_done_makes_a_prerequisite_and_a_dependency() {
        List<ProposedTask> tasks = extract("once the slides are finished, send them to Priya");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Finish the slides", "Send them to Priya");
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
    }

    @Test
    void before_i_can_puts_the_prerequisite_first() {
        List<ProposedTask> tasks = extract("before I can file the taxes I need to find last year's receipts");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Find last year's receipts",
                "File the taxes");
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
    }

    @Test
    void x_before_i_can_y_also_orders_them() {
        List<ProposedTask> tasks = extract("I have to fix the bike before I can ride to work");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Fix the bike", "Ride to work");
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
    }

    @Test
    void once_that_is_done_links_to_the_previous_task() {
        List<ProposedTask> tasks = extract("Clear the desk. Once that's done, set up the monitor.");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Clear the desk", "Set up the monitor");
        assertThat(tasks.get(1).dependsOn()).containsExactly(0);
    }

    @Test
    void a_heading_is_not_a_task_and_its_project_applies_to_its_items() {
        var vocabulary = new Vocabulary(List.of("Work", "Home"), List.of());
        List<ProposedTask> tasks = extract("WORK:\n- send the deck\n\ncall the bank\n- buy bulbs", vocabulary);

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Send the deck", "Call the bank",
                "Buy bulbs");
        assertThat(tasks.get(0).project()).contains("Work");
        assertThat(tasks.get(1).project()).isEmpty();
        assertThat(tasks.get(2).project()).isEmpty();
    }

    @Test
    void a_shopping_heading_turns_bare_items_into_purchases() {
        assertThat(titles("Groceries:\n- milk\n- eggs\n- call mum")).containsExactly("Buy milk", "Buy eggs",
                "Call mum");
    }

    @Test
    void items_indented_under_an_action_are_its_notes() {
        List<ProposedTask> tasks = extract("- plan the offsite\n  - venue for 20\n  - vegetarian options\n"
                + "- book train");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Plan the offsite", "Book train");
        assertThat(tasks.getFirst().notes()).hasValueSatisfying(n -> assertThat(n).contains("venue for 20")
                .contains("vegetarian options"));
    }

    @Test
    void a_note_line_is_attached_to_the_task_above_it() {
        List<ProposedTask> tasks = extract("- pay the nursery\nnote: they changed the account number");

        assertThat(tasks).extracting(ProposedTask::title).containsExactly("Pay the nursery");
        assertThat(tasks.getFirst().notes()).hasValue("they changed the account number");
    }

    @Test
    void each_proposal_keeps_the_exact_fragment_it_came_from() {
        String dump = "ok so I need to call the dentist, and buy milk!";
        List<ProposedTask> tasks = extract(dump);

        assertThat(tasks).extracting(ProposedTask::sourceText).containsExactly("ok so I need to call the dentist,",
                "buy milk!");
    }
}
