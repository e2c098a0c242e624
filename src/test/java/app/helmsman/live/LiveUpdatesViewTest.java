package app.helmsman.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.Windows;
import app.helmsman.accounts.internal.UserRepository;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.Appearance;
import app.helmsman.shared.ui.AppearancePreferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveUpdatesViewTest extends KaribuTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    AppearancePreferences appearance;
    @Autowired
    UserRepository users;

    UUID ada;

    @BeforeEach
    void adaOnToday() {
        fixtures.admin("root@example.com");
        ada = fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_theme_changed_in_another_window_is_applied_here_and_announced() {
        var here = UI.getCurrent();
        UI.setCurrent(null); // the change comes from another window of the same person
        appearance.save(new Appearance(Appearance.Theme.DARK, false, Appearance.TextSize.NORMAL));
        UI.setCurrent(here);

        Windows.awaitDelivery(live);

        assertThat(((Select<Appearance.Theme>) _get(Select.class, spec -> spec.withClasses("hm-theme-select"))).getValue())
                .isEqualTo(Appearance.Theme.DARK);
        assertThat(Announcer.lastMessage(here)).isEqualTo("Your settings were changed in another window.");
    }

    @Test
    void a_change_made_in_this_window_is_not_echoed_back_to_it() {
        appearance.save(new Appearance(Appearance.Theme.DARK, false, Appearance.TextSize.NORMAL));

        Windows.awaitDelivery(live);

        assertThat(Announcer.lastMessage(UI.getCurrent())).isEmpty();
    }

    @Test
    void a_burst_of_hints_reaches_a_view_in_one_update() {
        var batches = new ArrayList<List<LiveHint>>();
        var registration = live.subscribe(UI.getCurrent(), ada, Set.of("burst"), batches::add);
        for (int i = 0; i < 200; i++) {
            live.publishAfterCommit(LiveHint.forUser("burst", ada, Set.of(UUID.randomUUID()), "", null, Instant.now()));
        }

        Windows.awaitDelivery(live);
        registration.remove();

        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(200);
    }

    @Test
    void another_persons_hints_and_other_topics_never_reach_this_view() {
        var received = new ArrayList<LiveHint>();
        var registration = live.subscribe(UI.getCurrent(), ada, Set.of("tasks"), received::addAll);
        live.publishAfterCommit(LiveHint.forUser("tasks", UUID.randomUUID(), Set.of(), "", null, Instant.now()));
        live.publishAfterCommit(LiveHint.forUser("projects", ada, Set.of(), "", null, Instant.now()));

        Windows.awaitDelivery(live);
        registration.remove();

        assertThat(received).isEmpty();
    }

    @Test
    void a_view_that_unsubscribed_gets_nothing() {
        var received = new ArrayList<LiveHint>();
        live.subscribe(UI.getCurrent(), ada, Set.of("tasks"), received::addAll).remove();
        live.publishAfterCommit(LiveHint.forUser("tasks", ada, Set.of(), "", null, Instant.now()));

        Windows.awaitDelivery(live);

        assertThat(received).isEmpty();
    }
}
