package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.accounts.AccountAdministration;
import app.helmsman.admin.AdminUser;
import app.helmsman.admin.UserAdminService;
import app.helmsman.shared.ui.AccessDeniedView;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.shared.ui.NotFoundView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AdminViewTest extends KaribuTest {

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private AdminView open(String admin) {
        signIn(admin);
        UI.getCurrent().navigate("admin");
        return _get(AdminView.class);
    }

    private static AdminUser row(AdminView view, String email) {
        for (int i = 0; i < GridKt._size(view.users); i++) {
            if (GridKt._get(view.users, i).email().equals(email)) {
                return GridKt._get(view.users, i);
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private long audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ? and target = ?", Long.class, action, target);
    }

    @Test
    void an_admin_sees_every_account_with_sign_in_methods_last_seen_and_task_count_but_no_task_contents() {
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        jdbc.update("insert into tasks (id, owner_id, title, position, created_at) values (gen_random_uuid(), ?, 'Secret plan', 1, now())", ada);
        jdbc.update("update users set last_seen_at = ? where id = ?", Timestamp.from(clock.instant().minus(Duration.ofHours(2))), ada);

        var view = open("root@example.com");

        assertThat(GridKt._size(view.users)).isEqualTo(2);
        var row = row(view, "ada@example.com");
        assertThat(row.tasks()).isEqualTo(1);
        assertThat(row.signInMethods()).containsExactly("password");
        assertThat(row.lastSeenAt()).isNotNull();
        assertThat(row.toString()).doesNotContain("Secret plan");
        assertThat(view.active.getText()).contains("Active in the last day: 1").contains("accounts: 2");
    }

    @Test
    void search_finds_people_by_email_or_name_and_pages_without_loading_everyone() {
        fixtures.admin("root@example.com");
        for (int i = 0; i < 120; i++) {
            fixtures.user("person" + i + "@example.com");
        }
        var view = open("root@example.com");
        assertThat(GridKt._size(view.users)).isEqualTo(121);
        assertThat(userAdmin.users(null, 100, 50)).hasSize(21);

        setValue(view.search, "person11");

        assertThat(GridKt._size(view.users)).isEqualTo(11); // person11, person110..person119
        assertThat(GridKt._get(view.users, 0).email()).startsWith("person11");
    }

    @Test
    void disabling_a_person_signs_them_out_everywhere_and_is_audited() {
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        jdbc.update("insert into persistent_logins (username, series, token, last_used) values ('ada@example.com', 's1', 't1', now())");
        var view = open("root@example.com");

        view.users.select(row(view, "ada@example.com"));
        _click(view.disable);

        assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, ada)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = 'ada@example.com'", Integer.class)).isZero();
        assertThat(audited("account.disabled", "ada@example.com")).isEqualTo(1);
        assertThat(row(view, "ada@example.com").enabled()).isFalse();
        assertThat(Announcer.lastMessage(UI.getCurrent())).isEqualTo("ada@example.com disabled and signed out everywhere.");

        view.users.select(row(view, "ada@example.com"));
        _click(view.enable);
        assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, ada)).isTrue();
        assertThat(audited("account.enabled", "ada@example.com")).isEqualTo(1);
    }

    @Test
    void admin_can_be_granted_and_revoked_but_the_last_admin_stays() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        var view = open("root@example.com");

        view.users.select(row(view, "ada@example.com"));
        _click(view.grantAdmin);
        assertThat(row(view, "ada@example.com").admin()).isTrue();
        view.users.select(row(view, "ada@example.com"));
        _click(view.revokeAdmin);
        assertThat(row(view, "ada@example.com").admin()).isFalse();
        assertThat(audited("admin.granted", "ada@example.com")).isEqualTo(1);
        assertThat(audited("admin.revoked", "ada@example.com")).isEqualTo(1);

        view.users.select(row(view, "root@example.com"));
        _click(view.revokeAdmin);

        assertThat(row(view, "root@example.com").admin()).isTrue();
        assertThat(view.error.getText()).contains("last admin");
        assertThat(audited("admin.revoked", "root@example.com")).isZero();
    }

    @Test
    void sign_out_everywhere_and_unlock_act_on_the_selected_person() {
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        jdbc.update("insert into login_throttle (throttle_key, failures, window_start, locked_until) values ('account:ada@example.com', 0, now(), ?)",
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))));
        var before = jdbc.queryForObject("select sessions_valid_after from users where id = ?", Timestamp.class, ada);
        var view = open("root@example.com");
        assertThat(row(view, "ada@example.com").signInLocked()).isTrue();

        view.users.select(row(view, "ada@example.com"));
        _click(view.unlock);
        view.users.select(row(view, "ada@example.com"));
        _click(view.signOut);

        assertThat(row(view, "ada@example.com").signInLocked()).isFalse();
        assertThat(jdbc.queryForObject("select sessions_valid_after from users where id = ?", Timestamp.class, ada)).isAfterOrEqualTo(before);
        assertThat(audited("sign-in.unlocked", "ada@example.com")).isEqualTo(1);
        assertThat(audited("sessions.revoked", "ada@example.com")).isEqualTo(1);
    }

    @Test
    void deleting_needs_the_email_typed_and_keeps_what_was_typed_when_it_is_wrong() {
        fixtures.admin("root@example.com");
        var ada = fixtures.user("ada@example.com");
        var view = open("root@example.com");
        view.users.select(row(view, "ada@example.com"));
        _click(view.delete);

        var dialog = _get(AdminView.DeleteAccountDialog.class);
        setValue(dialog.confirmation, "ada@example.org");
        _click(dialog.confirm);
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(dialog.confirmation.getValue()).isEqualTo("ada@example.org");
        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, ada)).isOne();

        setValue(dialog.confirmation, "ADA@example.com");
        _click(dialog.confirm);

        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, ada)).isZero();
        assertThat(audited("account.deleted", "ada@example.com")).isEqualTo(1);
        assertThat(GridKt._size(view.users)).isEqualTo(1);
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        var root = fixtures.admin("root@example.com");
        fixtures.admin("second@example.com");
        fixtures.signIn("root@example.com");

        assertThatThrownBy(() -> administration.disable(root)).hasMessageContaining("your own account");
        assertThatThrownBy(() -> administration.disable(UUID.randomUUID())).hasMessageContaining("no such account");
    }

    @Test
    void a_person_without_the_admin_role_cannot_open_the_console() {
        fixtures.admin("root@example.com");
        fixtures.user("ada@example.com");
        signIn("ada@example.com");

        for (var route : new String[] {"admin", "admin/flags", "admin/audit", "admin/jobs"}) {
            UI.getCurrent().navigate(route);
            // Vaadin reports a denied route as not found in production mode, so the page does not reveal it exists.
            var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
            assertThat(shown).as(route).isInstanceOfAny(NotFoundView.class, AccessDeniedView.class);
        }
        assertThat(_find(AdminView.class)).isEmpty();
    }

    @Test
    void the_services_refuse_non_admins_even_when_a_view_forgets_to_check() {
        fixtures.user("ada@example.com");
        var other = fixtures.user("bob@example.com");
        fixtures.signIn("ada@example.com");

        assertThatThrownBy(() -> userAdmin.users(null, 0, 10)).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.disable(other)).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        fixtures.admin("root@example.com");
        UI.getCurrent().navigate("admin");

        assertThat(pageLoadTarget()).isEqualTo("/login");
    }
}
