package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountsSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An anonymous visitor must cost almost nothing: every new HTTP session (Vaadin makes one for the sign-in
 * page) lives only {@code helmsman.accounts.anonymous-session-timeout} without requests, and gets the
 * configured session timeout once someone signs in with it (password or provider: at authentication;
 * persistent login: on its first request, through {@link #filter}).
 */
@Component
class SessionTimeouts implements HttpSessionListener, SessionAuthenticationStrategy {

    private final int anonymousSeconds;
    private final int signedInSeconds;
    private final AnonymousSessions anonymous;

    SessionTimeouts(AccountsSettings settings, @Value("${server.servlet.session.timeout:30m}") Duration signedIn,
                    AnonymousSessions anonymous) {
        this.anonymous = anonymous;
        this.signedInSeconds = (int) signedIn.toSeconds();
        this.anonymousSeconds = (int) Math.min(settings.anonymousSessionTimeout().toSeconds(), signedInSeconds);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            signedIn(session);
        }
    }

    private void signedIn(HttpSession session) {
        anonymous.signedIn(session);
        if (session.getMaxInactiveInterval() != signedInSeconds) {
            session.setMaxInactiveInterval(signedInSeconds);
        }
    }

    /** For sign-ins that pass no session strategy (persistent logins): raises the timeout of signed-in sessions. */
    OncePerRequestFilter filter(SecurityContextHolderStrategy contexts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var authentication = contexts.getContext().getAuthentication();
                var session = request.getSession(false);
                if (session != null && authentication != null && authentication.getPrincipal() instanceof HelmsmanPrincipal) {
                    signedIn(session);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
