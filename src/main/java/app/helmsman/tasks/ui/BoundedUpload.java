package app.helmsman.tasks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads one uploaded file into memory, counting bytes while it reads, and stops at {@code maxBytes}: a larger file
 * (announced or not) is refused after reading at most the limit and one buffer, never buffered whole (issue 11,
 * finding 3). The file or the refusal is handed to the view inside {@code ui.access}. Multipart requests are bounded
 * before they get here by the servlet's multipart limits ({@code spring.servlet.multipart.*}).
 */
final class BoundedUpload implements UploadHandler {

    private static final int BUFFER = 8 * 1024;

    private final UI ui;
    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableBiConsumer<String, String> refused;

    /**
     * @param received gets the file's name (may be null) and its bytes
     * @param refused gets the file's name (may be null) and a message for the person
     */
    BoundedUpload(UI ui, int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableBiConsumer<String, String> refused) {
        this.ui = ui;
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var name = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, name);
            return;
        }
        var out = new ByteArrayOutputStream(event.getFileSize() > 0 ? (int) event.getFileSize() : BUFFER);
        var buffer = new byte[BUFFER];
        try (var in = event.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > maxBytes) {
                    refuse(event, name);
                    return; // the rest stays unread; the container discards it or closes the connection
                }
                out.write(buffer, 0, n);
            }
        }
        var data = out.toByteArray();
        ui.access(() -> received.accept(name, data));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private void refuse(UploadEvent event, String name) {
        var message = "The file is larger than " + megabytes(maxBytes) + ", the most Helmsman imports at once. Split it into smaller files.";
        event.reject(message);
        ui.access(() -> refused.accept(name, message));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
