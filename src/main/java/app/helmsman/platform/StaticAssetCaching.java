package app.helmsman.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache headers for static files (issue 17, "Fast on a phone"). The production bundle's files under
 * {@value #HASHED} carry a content hash in their names, so a browser may keep them for a year without asking
 * again ({@code immutable}); Vaadin alone sends one hour. Helmsman's own stylesheets, Lumo and the icons keep their
 * names across releases, so the browser keeps them but asks each time whether they changed ({@code no-cache} with
 * {@code Last-Modified}: a 304 without a body when they did not). Even addressed by Vaadin's content hash
 * ({@code ?v-c=}) stylesheets stay {@code no-cache}: as immutable they lowered Today's Lighthouse score (ADR 0034).
 * Whatever Vaadin or Spring Security writes later
 * for these paths is ignored, so the two rules hold for every such response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticAssetCaching extends OncePerRequestFilter {

    static final String HASHED = "/VAADIN/build/";
    static final String VERSIONED = "/VAADIN/static/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final List<String> UNHASHED_PREFIXES = List.of("/styles/", "/lumo/", "/icons/", "/images/");
    private static final Set<String> UNHASHED_FILES = Set.of("/styles.css", "/favicon.ico");
    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "expires", "pragma");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var policy = policyFor(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString());
        if (policy == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new FixedCacheHeaders(response));
    }

    /**
     * The Cache-Control value for a path, or null when the path is not a static file. Vaadin's own static scripts
     * (Push) are addressed with their content hash in {@code ?v=}, so they are immutable too.
     */
    static String policyFor(String path, String query) {
        if (path.startsWith(HASHED) || path.startsWith(VERSIONED) && query != null && query.matches("(.*&)?v=[0-9a-f]{16,}(&.*)?")) {
            return IMMUTABLE;
        }
        if (UNHASHED_FILES.contains(path) || UNHASHED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return REVALIDATE;
        }
        return null;
    }

    private static final class FixedCacheHeaders extends HttpServletResponseWrapper {

        FixedCacheHeaders(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                super.addDateHeader(name, date);
            }
        }
    }
}
