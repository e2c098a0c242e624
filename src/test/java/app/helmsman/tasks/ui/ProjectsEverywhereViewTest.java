package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.live.LiveHint;
import app.helmsman.tasks.ProjectDraft;
import app.helmsman.tasks.Status;
import app.helmsman.tasks.TaskDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/** Issue 12 item 3 and issue 17: projects in the navigation and palette, the project view's shared list, few service calls. */
class ProjectsEverywhereViewTest extends TaskViewTestSupport {

    @Autowired
    PlatformTransactionManager transactions;

    final AtomicInteger begun = new AtomicInteger();
    final TransactionExecutionListener counter = new TransactionExecutionListener() {
        @Override
        public void afterBegin(TransactionExecution transaction, Throwable failure) {
            begun.incrementAndGet();
        }
    };

    UUID home;

    @BeforeEach
    void aProjectAndACounter() {
        home = projects.createProject(ProjectDraft.named("Home")).id();
        ((ConfigurableTransactionManager) transactions).addListener(counter);
    }

    @AfterEach
    void removeCounter() {
        ((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners().remove(counter);
    }

    private void openHome() {
        UI.getCurrent().navigate(ProjectDetailsView.class, new RouteParameters("projectId", home.toString()));
    }

    @Test
    void opening_a_project_takes_at_most_four_service_transactions() {
        create("Kitchen", home, null);
        UI.getCurrent().navigate(InboxView.class);
        begun.set(0);

        openHome();

        // the project with role and name (1), the list's zone and page (2), the open counts of the navigation (0: already shown)
        assertThat(titles()).containsExactly("Kitchen");
        assertThat(begun.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void refreshing_a_list_no_longer_reads_every_project_again() {
        create("Kitchen", home, null);
        openHome();
        begun.set(0);

        list().refresh();

        // the zone and the page; the project names come from the window's copy
        assertThat(begun.get()).isEqualTo(2);
    }

    @Test
    void typing_in_quick_add_reads_nothing_from_the_database() {
        UI.getCurrent().navigate(InboxView.class);
        press(UI.getCurrent(), "q");
        var dialog = _get(QuickAddDialog.class);
        begun.set(0);

        for (var text : new String[] {"C", "Ca", "Call", "Call mom #family", "Call mom #family +Home tomorrow"}) {
            setValue(dialog.line(), text);
        }

        assertThat(begun.get()).isZero();
        assertThat(dialog.getElement().getTextRecursively()).contains("New tag #family will be created.")
                .doesNotContain("There is no project");
    }

    @Test
    void the_project_view_completes_with_x_and_moves_with_j() {
        create("A", home, null);
        var b = create("B", home, null);
        openHome();

        press(keys(), "j");
        press(keys(), "x");

        assertThat(tasks.get(b).status()).isEqualTo(Status.DONE);
        assertThat(titles()).containsExactly("A");
    }

    @Test
    void projects_are_in_the_navigation_with_open_counts_that_follow_a_live_hint() {
        create("Kitchen", home, null);
        UI.getCurrent().navigate(InboxView.class);
        var nav = _get(ProjectsNav.class);
        assertThat(nav.entries()).containsExactly("Home 1");

        // another device adds a task to the project
        var other = tasks.create(TaskDraft.titled("Garden").inProject(home)).id();
        live.publishAfterCommit(LiveHint.forUser("tasks", ada, Set.of(other), "", null, Instant.now()));
        app.helmsman.Windows.awaitDelivery(live);

        assertThat(nav.entries()).containsExactly("Home 2");
    }

    @Test
    void the_palette_lists_projects_and_tags() {
        projects.createTag("errands");
        UI.getCurrent().navigate(InboxView.class);

        pressCtrl(UI.getCurrent(), "k");

        var labels = _get(CommandPalette.class).box().getListDataView().getItems().map(CommandPalette.Command::label).toList();
        assertThat(labels).contains("Go to project Home (0 open)", "Go to tag #errands");
    }

    @Test
    void task_added_elsewhere_says_where_it_went_with_a_link() {
        UI.getCurrent().navigate(InboxView.class);
        press(UI.getCurrent(), "q");
        setValue(_get(QuickAddDialog.class).line(), "Fix tap +Home");

        _get(_get(QuickAddDialog.class), com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Add task")).click();

        var notice = _get(Notification.class, spec -> spec.withClasses("hm-added-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("Task added to Home: Fix tap");
        assertThat(_find(notice, RouterLink.class).getFirst().getHref()).isEqualTo("projects/" + home);
    }

    @Test
    void task_added_to_the_view_on_screen_is_only_announced() {
        UI.getCurrent().navigate(InboxView.class);
        press(UI.getCurrent(), "q");
        setValue(_get(QuickAddDialog.class).line(), "Buy milk");

        _get(_get(QuickAddDialog.class), com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Add task")).click();

        assertThat(titles()).containsExactly("Buy milk");
        assertThat(_find(Notification.class, spec -> spec.withClasses("hm-added-notice"))).isEmpty();
        assertThat(announced()).isEqualTo("Task added: Buy milk");
    }
}
