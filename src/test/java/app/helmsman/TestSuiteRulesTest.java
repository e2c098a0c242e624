package app.helmsman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import example.sleeping.SleepingExample;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rules for the tests themselves (STYLE.md section 6): wait on conditions, never on time. A fixed sleep either
 * waits too long on every run or too short on a busy machine; use Awaitility (a negative check first waits for a
 * positive signal, see {@link Windows#awaitDelivery}) or set the {@link TestClock}.
 */
class TestSuiteRulesTest {

    static final JavaClasses TESTS = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("app.helmsman");

    static final ArchRule NO_SLEEPS = noClasses()
            .should().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
            .orShould().callMethod(Thread.class, "sleep", Duration.class)
            .orShould().callMethod(TimeUnit.class, "sleep", long.class)
            .because("tests wait on conditions (Awaitility) or move the injected clock, never on time");

    @Test
    void no_test_waits_with_a_fixed_sleep() {
        assertThat(TESTS.contain(ModularityTests.class)).as("the rule sees the test classes").isTrue();

        NO_SLEEPS.check(TESTS);
    }

    @Test
    void the_rule_catches_thread_sleep_and_time_unit_sleep() {
        var result = NO_SLEEPS.evaluate(new ClassFileImporter().importClasses(SleepingExample.class));

        assertThat(result.getFailureReport().getDetails()).hasSize(2).anySatisfy(line -> assertThat(line).contains("Thread.sleep(long)"))
                .anySatisfy(line -> assertThat(line).contains("TimeUnit.sleep(long)"));
    }
}
