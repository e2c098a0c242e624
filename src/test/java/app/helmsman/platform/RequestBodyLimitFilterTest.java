package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 11: no request body is read past its bound, whatever path it is sent to. */
class RequestBodyLimitFilterTest {

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter();

    @Test
    void a_ui_message_that_announces_more_than_a_megabyte_is_refused_unread() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContent(new byte[2 * 1024 * 1024]);
        var response = new MockHttpServletResponse();
        var reached = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(reached).isFalse();
    }

    @Test
    void an_upload_of_50_mb_is_refused_unread_and_one_of_10_mb_passes() throws Exception {
        var huge = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/0/abc/upload");
        huge.setContent(new byte[50 * 1024 * 1024]);
        var refused = new MockHttpServletResponse();
        filter.doFilter(huge, refused, (req, res) -> { });
        assertThat(refused.getStatus()).isEqualTo(413);

        var fine = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/0/abc/upload");
        fine.setContent(new byte[10 * 1024 * 1024]);
        var reached = new AtomicBoolean();
        filter.doFilter(fine, new MockHttpServletResponse(), (req, res) -> reached.set(true));
        assertThat(reached).isTrue();
    }

    @Test
    void a_body_without_a_length_fails_to_read_past_the_limit() throws Exception {
        var request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }
        };
        request.setContent(new byte[(int) RequestBodyLimitFilter.OTHER_MAX + 1]);
        var seen = new AtomicReference<HttpServletRequest>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        InputStream in = seen.get().getInputStream();
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("larger than");
    }

    @Test
    void a_body_without_a_length_past_the_limit_is_answered_413_even_when_the_reader_swallows_the_failure() throws Exception {
        var request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }
        };
        request.setContent(new byte[(int) RequestBodyLimitFilter.OTHER_MAX + 1]);
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            try {
                req.getInputStream().readAllBytes();
            } catch (IOException swallowed) {
                // as Vaadin's error handler does with a UI message
            }
        });

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void a_small_body_without_a_length_reads_whole() throws Exception {
        var request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent("{\"csrfToken\":\"x\"}".getBytes());
        var seen = new AtomicReference<HttpServletRequest>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get().getInputStream().readAllBytes()).hasSize(17);
    }
}
