package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A row's title and chips go to the browser as HTML (ADR 0024), so whatever a person types must arrive as text. */
class TaskRowTest {

    @Test
    void markup_in_a_title_is_escaped_so_it_shows_as_text() {
        assertThat(TaskRow.escape("<img src=x onerror=\"alert('1')\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
    }

    @Test
    void plain_text_is_left_as_it_is() {
        assertThat(TaskRow.escape("Call mom tomorrow, 15 min")).isEqualTo("Call mom tomorrow, 15 min");
    }
}
