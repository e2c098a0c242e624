package app.helmsman.assist.offline;

import static app.helmsman.assist.offline.OfflineFixtures.extract;
import static app.helmsman.assist.offline.OfflineFixtures.only;
import static app.helmsman.assist.offline.OfflineFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How a clause becomes an imperative title, or is recognised as not being a task. */
class OfflineExtractorPhrasingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I need to call the dentist | Call the dentist",
        "gotta finish the slides | Finish the slides",
        "should probably email Sam about Friday | Email Sam about Friday",
        "I really have to get a haircut | Get a haircut",
        "remember to water the tomatoes | Water the tomatoes",
        "don't forget to text Jules back | Text Jules back",
        "I'm going to clean out the fridge | Clean out the fridge",
        "im gonna book the flights | Book the flights",
        "I'll ring the garage | Ring the garage",
        "I'd like to repaint the hallway | Repaint the hallway",
        "we need to sort out the loft | Sort out the loft",
        "Need to remember to send the invoice | Send the invoice",
        "make sure to lock the shed | Lock the shed",
        "remind me to defrost the chicken | Defrost the chicken",
        "maybe just call the plumber | Call the plumber",
        "TODO: renew the domain | Renew the domain",
        "I need a new phone charger | Get a new phone charger",
        "need new running shoes | Get new running shoes",
        "we're out of coffee | Buy coffee",
        "running low on dog food | Buy dog food",
        "I still haven't booked the vet for Luna | Book the vet for Luna",
        "haven't paid the window cleaner yet | Pay the window cleaner",
        "CALL THE COUNCIL ABOUT THE BINS | Call the council about the bins",
        "ok so um call the bank lol | Call the bank",
    })
    void intentions_become_imperatives(String dump, String title) {
        assertThat(only(dump).title()).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm so tired.", "ugh.", "lol", "I don't know.", "idk", "whatever!!",
            "I feel like I haven't slept in weeks.", "what am I even doing?", "why is the printer always broken",
            "should I call Ben back?", "The car is making a weird noise.", "My mom's flight lands at 6.",
            "so much to do.", "I'm so stressed", "I should be a better friend", "need to stop procrastinating", "  \n\t ", "🙃🙃🙃", "...", "- \n* \n1. "})
    void feelings_questions_statements_and_filler_are_not_tasks(String dump) {
        assertThat(extract(dump)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "There's a leak under the sink | Fix the leak under the sink | There's a leak",
        "the bathroom light flickers | Fix the bathroom light | light flickers",
        "The printer isn't working again. | Fix the printer | isn't working",
        "the kitchen sink is blocked | Unblock the kitchen sink | is blocked",
        "My ID card runs out in March | Renew my ID card | runs out in March",
        "I never remember to renew the parking permit | Renew the parking permit | ",
    })
    void a_stated_problem_or_a_looming_date_is_a_task_with_the_statement_as_its_note(String dump, String title,
                                                                                       String note) {
        ProposedTask task = only(dump);

        assertThat(task.title()).isEqualTo(title);
        if (note == null) {
            assertThat(task.notes()).as("no 'I never' note").isEmpty();
        } else {
            assertThat(task.notes()).hasValueSatisfying(n -> assertThat(n).contains(note));
        }
    }

    @Test
    void a_feeling_in_the_same_sentence_as_an_action_becomes_its_note() {
        ProposedTask task = only("I'm dreading it but I need to call the tax office");

        assertThat(task.title()).isEqualTo("Call the tax office");
        assertThat(task.notes()).hasValueSatisfying(n -> assertThat(n).containsIgnoringCase("dreading"));
    }

    @Test
    void a_statement_next_to_an_action_becomes_its_note() {
        ProposedTask task = only("The boiler is making that noise again, I should call the plumber.");

        assertThat(task.title()).isEqualTo("Call the plumber");
        assertThat(task.notes()).hasValueSatisfying(n -> assertThat(n).contains("boiler is making that noise"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Call the vet because Biscuit keeps scratching | Call the vet | Biscuit keeps scratching",
        "clear the desk so I can work there | Clear the desk | so I can work there",
        "move the standup since Alex is out | Move the standup | Alex is out",
        "buy Noah new shoes (his are falling apart) | Buy Noah new shoes | His are falling apart",
        "if it rains, cancel the picnic | Cancel the picnic | If it rains",
        "when the parcel arrives check the contents | Check the contents | When the parcel arrives",
    })
    void context_that_is_not_the_action_goes_to_the_notes(String dump, String title, String notes) {
        ProposedTask task = only(dump);

        assertThat(task.title()).isEqualTo(title);
        assertThat(task.notes()).hasValueSatisfying(n -> assertThat(n).containsIgnoringCase(notes));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "URGENT: call the insurer | 1", "send the contract asap | 1", "call the bank right away | 1",
        "it's important that I finish the tax return | 2", "finish the tax return, important | 2",
        "sign up for the course!! | 2", "low priority: sort the photos | 4", "sort the photos whenever | 4",
        "no rush: sort the photos | 4", "sort the photos !3 | 3", "call the insurer !1 | 1",
    })
    void priority_comes_from_words_and_sigils(String dump, int priority) {
        ProposedTask task = only(dump);

        assertThat(task.priority()).contains(priority);
        assertThat(task.title()).doesNotContainIgnoringCase("urgent").doesNotContainIgnoringCase("asap")
                .doesNotContain("!");
    }

    @Test
    void a_need_or_a_deadline_without_a_verb_is_still_a_task() {
        assertThat(titles("The car needs an MOT.\nThe quarterly report is due on Friday."))
                .containsExactly("Car needs an MOT", "Quarterly report");
    }

    @Test
    void a_gerund_in_a_list_becomes_an_imperative() {
        assertThat(titles("Things I keep putting off: dentist, renewing my licence, fixing the bike"))
                .containsExactly("Dentist", "Renew my licence", "Fix the bike");
    }

    @Test
    void prose_about_plans_without_an_action_is_not_a_task() {
        assertThat(extract("Moving in 3 weeks and I'm freaking out.")).isEmpty();
    }

    @Test
    void titles_are_trimmed_capitalised_and_cut_at_two_hundred_characters() {
        String longTask = "write " + "very ".repeat(80) + "long report";
        ProposedTask task = only(longTask);

        assertThat(task.title()).hasSizeLessThanOrEqualTo(ProposedTask.MAX_TITLE).startsWith("Write very")
                .endsWith("\u2026");
        assertThat(task.notes()).hasValueSatisfying(n -> assertThat(n).endsWith("long report"));
    }
}
