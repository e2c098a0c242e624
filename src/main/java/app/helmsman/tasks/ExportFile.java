package app.helmsman.tasks;

/** A file to download: its suggested name, MIME type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
