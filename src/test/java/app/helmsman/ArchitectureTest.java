package app.helmsman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** House rules (STYLE.md): views call services, never repositories; every route has a title and an access rule. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.helmsman");

    @Test
    void the_rules_see_the_application_classes() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.containPackage("app.helmsman.accounts.ui")).isTrue();
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class)).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void views_never_use_jpa_entities_or_jdbc() {
        noClasses().that().resideInAPackage("..ui..")
                // Helmsman's entities by name or annotation (Spring MVC's ResponseEntity, used by the sign-in page, is not one)
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("app.helmsman..")
                        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Entity")))
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void no_class_uses_vaadins_icon_set() {
        // ADR 0034: an Icon on a page makes the browser load and run all 600 Vaadin icons; shared.ui.Glyph draws ours
        noClasses().that().resideInAPackage("app.helmsman..")
                .should().dependOnClassesThat().areAssignableTo(com.vaadin.flow.component.icon.Icon.class)
                .orShould().dependOnClassesThat().areAssignableTo(com.vaadin.flow.component.icon.VaadinIcon.class)
                .check(CLASSES);
    }

    @Test
    void every_route_has_a_page_title_and_an_access_rule() {
        // a title from @PageTitle, or computed (HasDynamicTitle) for routes whose title names what they show, e.g. "#family"
        classes().that().areAnnotatedWith(Route.class)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.<com.tngtech.archunit.core.domain.JavaClass>beAnnotatedWith(com.vaadin.flow.router.PageTitle.class)
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAssignableTo(com.vaadin.flow.router.HasDynamicTitle.class)))
                .andShould(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class))
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                                com.vaadin.flow.server.auth.AnonymousAllowed.class)))
                .check(CLASSES);
    }
}
