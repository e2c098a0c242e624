package app.helmsman.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.helmsman.KaribuTest;
import app.helmsman.shared.ui.Announcer;
import app.helmsman.tasks.ProjectService;
import app.helmsman.tasks.TaskDraft;
import app.helmsman.tasks.TaskService;
import app.helmsman.tasks.TaskListService;
import app.helmsman.tasks.TaskSearch;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class YourDataViewTest extends KaribuTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskLists;
    @Autowired
    ProjectService projects;

    @BeforeEach
    void signedInOnYourData() {
        fixtures.user("ada@example.com");
        signIn("ada@example.com");
        UI.getCurrent().navigate(YourDataView.class);
    }

    private ImportPanel panel() {
        return _get(ImportPanel.class);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long storedTasks() {
        return taskLists.search(TaskSearch.text(""), PageRequest.of(0, 100)).getNumberOfElements();
    }

    @Test
    void the_page_offers_three_downloads_an_upload_and_the_csv_columns_under_one_heading() {
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Your data");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Download a backup (JSON)", "Download tasks as CSV", "Download tasks for a calendar (iCalendar)");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download tasks as CSV")).getElement().hasAttribute("download")).isTrue();
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind of file")).getValue()).as("recognised unless chosen")
                .isEqualTo(ImportPanel.Choice.DETECT);
        assertThat(_get(Paragraph.class, spec -> spec.withId("hm-import-limits")).getText()).contains("10 MB").contains("20,000 tasks");
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.Term.class)).hasSize(23);
    }

    @Test
    void a_file_with_problems_lists_each_with_its_line_in_a_focusable_list_announces_it_and_saves_nothing() {
        panel().received("tasks.csv", utf8("title,priority\nBuy stamps,2\nRenew passport,7\n,1\n"));

        assertThat(_get(H3.class).getText()).isEqualTo("tasks.csv cannot be imported");
        var list = _get(OrderedList.class, spec -> spec.withClasses("hm-import-problems"));
        assertThat(LocatorJ._find(list, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 3: The priority must be 1 (highest) to 4, not 7.", "Line 4: The task has no title.");
        assertThat(list.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(list.getElement().getAttribute("aria-labelledby")).isEqualTo(_get(H3.class).getId().orElseThrow());
        assertThat(Announcer.lastMessage(UI.getCurrent())).startsWith("tasks.csv cannot be imported. 2 problems. The first: Line 3:");
        assertThat(_find(Button.class, spec -> spec.withText("Import"))).isEmpty();
        assertThat(storedTasks()).isZero();
    }

    @Test
    void a_good_file_is_previewed_first_and_imported_with_one_button() {
        projects.createProject(app.helmsman.tasks.ProjectDraft.named("Errands"));
        panel().received("errands.csv", utf8("title,project,tags\nBuy stamps,Errands,post\nPost the letter,Errands,post\n"));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("hm-import-preview")).getText())
                .isEqualTo("Helmsman CSV: 2 tasks, 1 existing project, 1 new tag. Nothing is saved until you press Import.");
        assertThat(storedTasks()).as("a preview saves nothing").isZero();

        _click(_get(Button.class, spec -> spec.withText("Import 2 tasks")));

        assertThat(_get(H3.class).getText()).isEqualTo("Import finished");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("hm-import-done")).getText())
                .isEqualTo("Imported from errands.csv: 2 tasks, 1 existing project, 1 new tag.");
        assertThat(Announcer.lastMessage(UI.getCurrent()).replace("\u00a0", "")).isEqualTo("Imported from errands.csv: 2 tasks, 1 existing project, 1 new tag.");
        assertThat(storedTasks()).isEqualTo(2);
        assertThat(projects.projects(true)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chosen_kind_of_file_is_used_instead_of_recognising_it() {
        setValue((RadioButtonGroup<ImportPanel.Choice>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Kind of file")), ImportPanel.Choice.JSON);

        panel().received("tasks.csv", utf8("title\nBuy stamps\n"));

        assertThat(_get(H3.class).getText()).isEqualTo("tasks.csv cannot be imported");
        assertThat(LocatorJ._find(_get(OrderedList.class), ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Line 1: This is not a Helmsman export: it does not start with '{'.");
    }

    @Test
    void a_previewed_file_can_be_dropped_without_saving_anything() {
        tasks.create(TaskDraft.titled("Already here"));
        panel().received("more.csv", utf8("title\nOne more\n"));

        _click(_get(Button.class, spec -> spec.withText("Choose another file")));

        assertThat(_find(H3.class)).isEmpty();
        assertThat(storedTasks()).isEqualTo(1);
    }

    @Test
    void a_wrong_password_keeps_the_account_and_says_so_next_to_the_field() {
        tasks.create(TaskDraft.titled("Keep me"));
        var field = _get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withLabel("Your password (or, without one, your email address)"));
        setValue(field, "not my password");

        _click(_get(Button.class, spec -> spec.withText("Delete my account")));
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText(confirm)).contains("There is no undo");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(field.getValue()).isEqualTo("not my password");
        assertThat(storedTasks()).isEqualTo(1);
    }
}
