package app.helmsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules and their allowed arrows (STYLE.md section 1). Each module's package-info declares
 * the modules it may use ({@code allowedDependencies}), so a new arrow fails {@link ApplicationModules#verify()}
 * until someone declares it on purpose; also writes the module diagram for the README.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void every_module_declares_exactly_the_modules_it_uses() {
        var declared = new TreeMap<String, Set<String>>();
        var used = new TreeMap<String, Set<String>>();
        MODULES.stream().forEach(module -> {
            declared.put(module.getName(), declaredModules(module.getBasePackage().getName()));
            used.put(module.getName(), module.getDirectDependencies(MODULES).uniqueModules()
                    .map(org.springframework.modulith.core.ApplicationModule::getName).collect(Collectors.toCollection(TreeSet::new)));
        });

        assertThat(declared).as("allowedDependencies in each package-info").isEqualTo(used);
        assertThat(used).isEqualTo(Map.ofEntries(
                Map.entry("platform", Set.of()),
                Map.entry("live", Set.of()),
                Map.entry("shared", Set.of("live")),
                Map.entry("accounts", Set.of("live", "platform", "shared")),
                Map.entry("admin", Set.of("accounts", "calendar", "live", "platform", "shared")),
                Map.entry("tasks", Set.of("accounts", "live", "platform", "shared")),
                Map.entry("assist", Set.of("accounts", "live", "platform", "shared", "tasks")),
                Map.entry("planner", Set.of("accounts", "live", "shared", "tasks")),
                Map.entry("calendar", Set.of("planner", "accounts", "tasks", "live", "platform", "shared")),
                Map.entry("focus", Set.of("accounts", "live", "shared", "tasks")),
                Map.entry("reminders", Set.of("accounts", "live", "planner", "platform", "shared", "tasks"))));
    }

    @Test
    void an_arrow_a_module_does_not_declare_fails_the_verification() {
        // example.arrows lives in the test sources: alpha declares gamma only and also uses beta.
        var example = ApplicationModules.of("example.arrows", location -> true);

        var violations = example.detectViolations();

        assertThat(violations.getMessages()).isNotEmpty().allSatisfy(message -> {
            assertThat(message).contains("example.arrows.alpha").contains("example.arrows.beta");
            assertThat(message).doesNotContain("example.arrows.gamma");
        });
    }

    @Test
    void writes_the_module_diagram_for_the_readme_with_every_module_in_it() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        var overview = Files.readString(DOCS.resolve("components.puml"));
        MODULES.stream().forEach(module -> {
            assertThat(overview).as("overview diagram").contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + module.getName() + ".puml")).as("diagram of " + module.getName()).isNotEmptyFile();
        });
    }

    /** The module names in a package-info's {@code allowedDependencies} ({@code "tasks :: quickadd"} counts as tasks). */
    private static Set<String> declaredModules(String basePackage) {
        try {
            var annotation = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule on " + basePackage).isNotNull();
            assertThat(annotation.allowedDependencies()).as(basePackage + " declares its dependencies").doesNotContain(ApplicationModule.OPEN_TOKEN);
            return Arrays.stream(annotation.allowedDependencies()).map(name -> name.split("::")[0].strip())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no package-info in " + basePackage, e);
        }
    }
}
