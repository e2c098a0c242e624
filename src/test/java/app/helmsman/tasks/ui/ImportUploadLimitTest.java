package app.helmsman.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.helmsman.tasks.ImportRejectedException;
import app.helmsman.tasks.TaskTransferService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 of issue 11: the import upload counts bytes while it reads the request and stops at the limit, so a raw
 * POST of any size costs at most the limit in memory, and the person is told why the file was refused.
 */
class ImportUploadLimitTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;
    /** What a handler may read beyond the limit: one read buffer. */
    static final long SLACK = 64 * 1024;

    TaskTransferService transfer = mock(TaskTransferService.class);
    ImportPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new ImportPanel(transfer);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_raw_post_of_50_mb_is_refused_after_reading_no_more_than_the_limit() throws IOException {
        var body = new GeneratedBody(FIFTY_MB);
        var event = upload("huge.json", -1, body);

        panel.uploadHandler(UI.getCurrent()).handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(body.read).as("bytes read from the request").isLessThanOrEqualTo(TaskTransferService.MAX_FILE_BYTES + SLACK);
        assertThat(event.isRejected()).isTrue();
        assertThat(panel.result.getElement().getTextRecursively()).contains("huge.json cannot be imported").contains("10 MB");
    }

    @Test
    void an_upload_that_announces_more_than_the_limit_is_refused_without_reading_it() throws IOException {
        var body = new GeneratedBody(FIFTY_MB);
        var event = upload("huge.csv", FIFTY_MB, body);

        panel.uploadHandler(UI.getCurrent()).handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(body.read).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(panel.result.getElement().getTextRecursively()).contains("10 MB");
    }

    @Test
    void a_file_within_the_limit_reaches_the_preview_whole() throws IOException {
        when(transfer.preview(any(), any(), any())).thenThrow(ImportRejectedException.of("Checked."));
        var body = new GeneratedBody(1000);

        panel.uploadHandler(UI.getCurrent()).handleUploadRequest(upload("small.csv", 1000, body));
        MockVaadin.clientRoundtrip(false);

        verify(transfer).preview(eq("small.csv"), argThat(data -> data.length == 1000), any());
        assertThat(panel.result.getElement().getTextRecursively()).contains("Checked.");
    }

    private UploadEvent upload(String fileName, long announced, InputStream body) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), fileName, announced, "application/octet-stream",
                panel.upload.getElement(), null);
    }

    /** A request body of the given size that is generated as it is read, and counts what was read. */
    static final class GeneratedBody extends InputStream {
        final long size;
        long read;

        GeneratedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            var n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
