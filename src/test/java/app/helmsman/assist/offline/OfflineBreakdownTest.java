package app.helmsman.assist.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline breakdown splits what the title says, and otherwise guides without inventing steps. */
class OfflineBreakdownTest {

    private static final OfflineBreakdown BREAKDOWN = new OfflineBreakdown();
    private static final List<String> FILLER = List.of("plan", "do it", "review", "start", "finish", "prepare",
            "get started", "research", "think about it");

    private static List<String> steps(String title) {
        return BREAKDOWN.breakDown(title, OfflineBreakdown.DEFAULT_GRANULARITY).steps();
    }

    @Test
    void verbs_that_share_an_object_become_one_step_each() {
        assertThat(steps("write and send report")).containsExactly("Write the report", "Send the report");
        assertThat(steps("print, sign and scan the lease")).containsExactly("Print the lease", "Sign the lease",
                "Scan the lease");
        assertThat(steps("email and call Sam")).containsExactly("Email Sam", "Call Sam");
    }

    @Test
    void a_verb_over_a_list_of_objects_becomes_one_step_per_object() {
        assertThat(steps("clean kitchen and bathroom")).containsExactly("Clean the kitchen", "Clean the bathroom");
        assertThat(steps("buy eggs, milk and bread at the market")).containsExactly("Buy eggs at the market",
                "Buy milk at the market", "Buy bread at the market");
        assertThat(steps("call mom and dad")).containsExactly("Call mom", "Call dad");
    }

    @Test
    void explicit_sequences_and_separate_actions_split_at_every_granularity() {
        for (int g = 1; g <= 5; g++) {
            assertThat(BREAKDOWN.breakDown("draft the post, then publish it on Tuesday", g).steps())
                    .containsExactly("Draft the post", "Publish it on Tuesday");
            assertThat(BREAKDOWN.breakDown("renew passport; book flights -> pack", g).steps())
                    .containsExactly("Renew passport", "Book flights", "Pack");
        }
    }

    @Test
    void granularity_decides_how_far_compounds_are_split() {
        assertThat(BREAKDOWN.breakDown("write and send report", 1).steps()).isEmpty();
        assertThat(BREAKDOWN.breakDown("write and send report", 2).steps()).hasSize(2);
        assertThat(BREAKDOWN.breakDown("clean kitchen and bathroom", 2).steps()).isEmpty();
        assertThat(BREAKDOWN.breakDown("clean kitchen and bathroom", 3).steps()).hasSize(2);
        assertThat(BREAKDOWN.breakDown("change address with the bank, the GP and the DVLA", 3).steps()).isEmpty();
        assertThat(BREAKDOWN.breakDown("change address with the bank, the GP and the DVLA", 4).steps())
                .containsExactly("Change address with the bank", "Change address with the GP",
                        "Change address with the DVLA");
    }

    @Test
    void granularity_out_of_range_is_clamped() {
        assertThat(BREAKDOWN.breakDown("write and send report", 0).steps()).isEmpty();
        assertThat(BREAKDOWN.breakDown("clean kitchen and bathroom", 99).steps()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Do taxes", "Write thesis chapter 2", "Call the dentist", "Clean the garage",
            "Sort out the car", "Plan the wedding", "Fix the login bug", "Deal with the landlord", "Buy a sofa",
            "Renew passport", "Get my life together", "Learn Spanish", "bread and butter pudding"})
    void a_title_that_does_not_split_gets_guidance_and_no_invented_steps(String title) {
        for (int g = 1; g <= 5; g++) {
            Breakdown breakdown = BREAKDOWN.breakDown(title, g);

            assertThat(breakdown.steps()).isEmpty();
            assertThat(breakdown.guidance()).hasValueSatisfying(text -> assertThat(text)
                    .startsWith("What is the very first physical thing you'd do?"));
        }
    }

    @Test
    void guidance_fits_the_kind_of_task() {
        assertThat(BREAKDOWN.breakDown("Call the dentist", 3).guidance()).hasValueSatisfying(g ->
                assertThat(g).contains("phone number"));
        assertThat(BREAKDOWN.breakDown("Write thesis chapter 2", 3).guidance()).hasValueSatisfying(g ->
                assertThat(g).contains("document"));
        assertThat(BREAKDOWN.breakDown("Clean the garage", 3).guidance()).hasValueSatisfying(g ->
                assertThat(g).contains("timer"));
    }

    @Test
    void steps_never_are_generic_filler_and_come_with_no_guidance() {
        for (String title : List.of("write and send report", "clean kitchen and bathroom", "call mom and email Sam",
                "draft, review and publish the post")) {
            Breakdown breakdown = BREAKDOWN.breakDown(title, 5);

            assertThat(breakdown.steps()).hasSizeBetween(2, 10).noneMatch(s -> FILLER.contains(s.toLowerCase()));
            assertThat(breakdown.guidance()).isEmpty();
        }
    }

    @Test
    void an_intention_in_the_title_is_turned_into_imperative_steps() {
        assertThat(steps("I need to call the bank and then cancel the card"))
                .containsExactly("Call the bank", "Cancel the card");
    }

    @Test
    void null_blank_and_random_titles_never_throw() {
        assertThat(BREAKDOWN.breakDown(null, 3).guidance()).isPresent();
        assertThat(BREAKDOWN.breakDown("   ", 3).guidance()).isPresent();
        var random = new Random(3);
        String alphabet = "abc and then, ;->()\"' write send clean kitchen\n🙂";
        for (int i = 0; i < 2_000; i++) {
            var sb = new StringBuilder();
            for (int k = 0; k < random.nextInt(120); k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Breakdown breakdown = BREAKDOWN.breakDown(sb.toString(), 1 + random.nextInt(5));
            assertThat(breakdown.steps().isEmpty()).isEqualTo(breakdown.guidance().isPresent());
            assertThat(breakdown.steps()).hasSizeLessThanOrEqualTo(10).allSatisfy(s -> assertThat(s).isNotBlank());
        }
    }
}
