package app.helmsman.planner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.planner.PlannerService;
import app.helmsman.planner.engine.PlanInput.Level;
import app.helmsman.shared.ui.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlannerSettingsViewTest extends KaribuTest {

    @Autowired
    PlannerService planner;

    @BeforeEach
    void ada() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate(PlannerSettingsView.class);
    }

    @Test
    void shows_the_defaults_with_an_energy_profile_from_the_energy_peak() {
        var view = _get(PlannerSettingsView.class);

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Planner settings");
        assertThat(view.workingDays.getValue()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(view.breakMinutes.getValue()).isEqualTo(10);
        assertThat(view.capacityMinutes.getValue()).isEqualTo(360);
        assertThat(view.capacityTasks.getValue()).isEqualTo(8);
        assertThat(view.maxChunkMinutes.getValue()).isEqualTo(90);
        assertThat(view.defaultEstimateMinutes.getValue()).isEqualTo(30);
        assertThat(view.hours.get(9).getValue()).as("a morning person's 09:00").isEqualTo(Level.HIGH);
        assertThat(view.hours.get(3).getValue()).isEqualTo(Level.LOW);
        assertThat(view.hours.get(9).getLabel()).isEqualTo("09:00");
    }

    @Test
    void values_out_of_bounds_are_refused_on_their_fields_and_what_was_typed_stays() {
        var view = _get(PlannerSettingsView.class);
        setValue(view.breakMinutes, 90);
        setValue(view.capacityTasks, 0);
        setValue(view.workingDays, EnumSet.noneOf(DayOfWeek.class));

        _click(view.save);

        assertThat(view.breakMinutes.isInvalid()).isTrue();
        assertThat(view.breakMinutes.getErrorMessage()).isEqualTo("A break must be 0 to 60 minutes, not 90.");
        assertThat(view.breakMinutes.getValue()).isEqualTo(90);
        assertThat(view.capacityTasks.isInvalid()).isTrue();
        assertThat(view.workingDays.isInvalid()).isTrue();
        assertThat(view.workingDays.getErrorMessage()).isEqualTo("Choose at least one working day.");
        assertThat(view.capacityMinutes.isInvalid()).isFalse();
        assertThat(planner.preferences().breakMinutes()).isEqualTo(10);
        assertThat(Announcer.lastMessage(UI.getCurrent())).startsWith("Not saved:");
    }

    @Test
    void valid_settings_are_saved_and_the_edited_profile_is_kept() {
        var view = _get(PlannerSettingsView.class);
        setValue(view.breakMinutes, 15);
        setValue(view.workingDays, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        setValue(view.hours.get(15), Level.HIGH);

        _click(view.save);

        var saved = planner.preferences();
        assertThat(saved.breakMinutes()).isEqualTo(15);
        assertThat(saved.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(saved.energy().get(15)).isEqualTo(Level.HIGH);
        assertThat(saved.energyCustomised()).isTrue();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("Planner settings saved.");
    }
}
