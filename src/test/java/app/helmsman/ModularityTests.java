package app.helmsman;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules and their allowed arrows (STYLE.md section 1); also writes the module diagram. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_diagram_for_the_readme() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
