package app.helmsman.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Persistent logins stored in PostgreSQL, so that a person stays signed in when the pod holding their
 * session dies. Tokens rotate on every use (Spring's series/token scheme, with theft detection). Unlike
 * Spring's default, signing out ends only this device's persistent login; "sign out everywhere" ends all.
 */
public class DeviceScopedRememberMeServices extends PersistentTokenBasedRememberMeServices {

    public static final String COOKIE_NAME = "helmsman-remember-me";

    private final JdbcTemplate jdbc;

    /**
     * @param secureCookie send the cookie over HTTPS only whatever the request looks like (true where the
     *                     session cookie is Secure, the prod profile: TLS ends at the ingress)
     */
    DeviceScopedRememberMeServices(String key, UserDetailsService users, PersistentTokenRepository tokens, JdbcTemplate jdbc,
                                   boolean secureCookie) {
        super(key, users, tokens);
        this.jdbc = jdbc;
        setCookieName(COOKIE_NAME);
        // Like the session cookie: not sent with cross-site subrequests or form posts.
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        if (secureCookie) {
            setUseSecureCookie(true);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var cookie = extractRememberMeCookie(request);
        if (cookie != null && !cookie.isEmpty()) {
            try {
                var parts = decodeCookie(cookie);
                if (parts.length == 2) {
                    jdbc.update("delete from persistent_logins where series = ?", parts[0]);
                }
            } catch (InvalidCookieException ignored) {
                // Nothing stored matches a cookie we cannot read.
            }
        }
        cancelCookie(request, response);
    }
}
