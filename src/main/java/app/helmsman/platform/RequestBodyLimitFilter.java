package app.helmsman.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it (issue 11, "every input has a server-side bound"): a request
 * that announces a longer body is answered 413 without reading it, and a body without a length is counted while it is
 * read, the read failing past the limit. Uploads (to Vaadin's {@value #UPLOAD_PATH} handlers) may carry {@link #UPLOAD_MAX}
 * (the import's 10 MB, which its handler checks itself while streaming, plus room for multipart framing); every other
 * request (UI messages, push, sign-in forms) {@link #OTHER_MAX}, far above what a person types: Vaadin reads a UI
 * message whole into memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after RequestTraceFilter, so a refusal is traced too
class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final long UPLOAD_MAX = 11L * 1024 * 1024;
    static final long OTHER_MAX = 1024 * 1024;
    /** Where Vaadin serves an element's request handler, an upload target among them. */
    static final String UPLOAD_PATH = "/VAADIN/dynamic/resource/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitFor(request);
        if (request.getContentLengthLong() > max) {
            response.setHeader("Connection", "close"); // do not read (or swallow) the rest of a body we refuse
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, response, max) : request, response);
    }

    static long limitFor(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri != null && uri.contains(UPLOAD_PATH) ? UPLOAD_MAX : OTHER_MAX;
    }

    /**
     * A request whose body (of unknown length) fails to read past the limit. Whoever reads it may swallow that failure
     * (Vaadin logs it and answers a UI message 200), so the refusal is also written to the response right away: 413,
     * after which Tomcat ignores what the application still writes.
     */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final long max;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, HttpServletResponse response, long max) {
            super(request);
            this.response = response;
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), response, max);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final HttpServletResponse response;
        private final long max;
        private long read;

        Counting(ServletInputStream in, HttpServletResponse response, long max) {
            this.in = in;
            this.response = response;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                refuse();
                throw new IOException("The request body is larger than " + max + " bytes.");
            }
        }

        private void refuse() {
            if (!response.isCommitted()) {
                try {
                    response.setHeader("Connection", "close"); // do not swallow the rest
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                } catch (IOException | IllegalStateException e) {
                    // the client is gone or the response began meanwhile: the failing read still stops the handler
                }
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
