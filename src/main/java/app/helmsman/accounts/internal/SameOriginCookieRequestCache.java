package app.helmsman.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Objects;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Remembers where an anonymous visitor was going (to return there after sign-in) in a cookie instead of a
 * new HTTP session, so that a deep link costs the server nothing. A saved address is used only when it
 * points at this same origin: a cookie planted by someone else cannot turn sign-in into an open redirect.
 */
class SameOriginCookieRequestCache extends CookieRequestCache {

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        var saved = super.getRequest(request, response);
        if (saved == null) {
            return null;
        }
        try {
            var target = URI.create(saved.getRedirectUrl());
            if (request.getScheme().equalsIgnoreCase(target.getScheme()) && request.getServerName().equalsIgnoreCase(target.getHost())
                    && Objects.equals(port(request.getScheme(), request.getServerPort()), port(target.getScheme(), target.getPort()))) {
                return saved;
            }
        } catch (IllegalArgumentException malformed) {
            // Not an address we wrote: forget it below.
        }
        removeRequest(request, response);
        return null;
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
