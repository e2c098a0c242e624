package app.helmsman.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.helmsman.KaribuTest;
import app.helmsman.accounts.AccountService;
import app.helmsman.accounts.AccountValidationException;
import app.helmsman.accounts.SignUpForm;
import app.helmsman.accounts.ui.SignUpView;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.platform.FeatureFlags.Flag;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FlagsViewTest extends KaribuTest {

    @Autowired
    FeatureFlags flags;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private FlagsView open() {
        fixtures.admin("root@example.com");
        signIn("root@example.com");
        UI.getCurrent().navigate("admin/flags");
        return _get(FlagsView.class);
    }

    @Test
    void every_flag_is_listed_with_its_value_in_words_and_its_environment_default() {
        var view = open();

        assertThat(GridKt._size(view.flags)).isEqualTo(Flag.values().length);
        var ai = GridKt._get(view.flags, 0);
        assertThat(ai.flag()).isEqualTo(Flag.AI_SUGGESTIONS);
        assertThat(GridKt._getFormatted(view.flags, 0, "now")).isEqualTo("On");
        assertThat(GridKt._getFormatted(view.flags, 0, "default"))
                .isEqualTo("FEATURE_AI_SUGGESTIONS = on");
    }

    @Test
    void switching_a_flag_off_applies_at_once_is_stored_and_audited_and_use_default_undoes_it() {
        var view = open();

        _click(GridKt._getCellComponent(view.flags, 0, "change").getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Switch off")).findFirst().orElseThrow());

        assertThat(flags.enabled(Flag.AI_SUGGESTIONS)).isFalse();
        assertThat(jdbc.queryForObject("select changed_by from feature_flags where name = 'AI_SUGGESTIONS'", String.class)).isEqualTo("root@example.com");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'flag.changed' and target = 'AI_SUGGESTIONS' "
                + "and actor_email = 'root@example.com' and detail like '%switched off'", Integer.class)).isOne();
        assertThat(GridKt._get(view.flags, 0).overridden()).isTrue();

        _click(GridKt._getCellComponent(view.flags, 0, "change").getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Use default")).findFirst().orElseThrow());

        assertThat(flags.enabled(Flag.AI_SUGGESTIONS)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from feature_flags", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'flag.reset' and target = 'AI_SUGGESTIONS'", Integer.class))
                .isPositive();
    }

    @Test
    void with_sign_ups_switched_off_nobody_can_create_an_account_and_the_page_says_so() {
        open();
        _click(GridKt._getCellComponent(_get(FlagsView.class).flags, 2, "change").getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Switch off")).findFirst().orElseThrow());
        fixtures.signOut();

        assertThatThrownBy(() -> accounts.signUp(new SignUpForm("new@example.com", "New", "Tangerine otter quill 42")))
                .isInstanceOf(AccountValidationException.class).hasMessage(AccountService.SIGN_UPS_CLOSED);
        UI.getCurrent().navigate("signup");
        assertThat(_get(SignUpView.class)).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withText("Create account"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText(AccountService.SIGN_UPS_CLOSED))).isNotNull();
    }
}
