package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountsSettings;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import jakarta.servlet.ServletException;

/**
 * Spring Security for Helmsman (DESIGN.md "Security model"): Vaadin's configurer for views and CSRF,
 * password sign-in with throttling, Google/Microsoft sign-in when configured, persistent logins in
 * PostgreSQL, cross-replica session revocation, and security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Vaadin needs inline scripts and styles for its bootstrap and Push needs WebSocket connections; the
     * rest is locked to this origin, and no other site may frame Helmsman.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider throttlingAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                                           AccountMetrics metrics, app.helmsman.platform.AuditLog audit) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(dao, throttle, metrics, audit);
    }

    @Bean
    DeviceScopedRememberMeServices rememberMeServices(AccountsSettings settings, AccountUserDetailsService users, DataSource dataSource,
                                                      JdbcTemplate jdbc,
                                                      @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        var services = new DeviceScopedRememberMeServices(rememberMeKey(settings), users, tokens, jdbc, secureCookies);
        services.setAlwaysRemember(true);
        services.setTokenValiditySeconds(settings.rememberMeDays() * 24 * 3600);
        return services;
    }

    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(AccountsSettings settings) {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> "microsoft".equals(registration.getRegistrationId())
                ? new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new OidcIdTokenValidator(registration),
                        new TenantIssuerValidator(issuerTemplate(settings), settings.microsoft().allowedTenants()))
                : new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
        return factory;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountsSettings settings, DeviceScopedRememberMeServices rememberMe,
                                            ProviderAccountService providerAccounts, JdbcTemplate jdbc, Clock clock,
                                            SecurityContextHolderStrategy contexts, SessionTimeouts sessionTimeouts,
                                            VaadinDefaultRequestCache requestCache) throws Exception {
        // Where an anonymous visitor was going is kept in a cookie, not a new session (anonymous visits cost nothing).
        // Spring's cookie cache keeps only a relative path and rebuilds it on this origin: no open redirect.
        requestCache.setDelegateRequestCache(new CookieRequestCache());
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/livez", "/readyz", "/actuator/health/**", "/actuator/prometheus", "/styles.css", "/images/**", "/error",
                        // every page's own stylesheets and icons, the sign-in page's too (issue 17: they were redirected to /login)
                        "/styles/**", "/icons/**", "/favicon.ico",
                        // the server-rendered sign-in page with any of its notices (?created, ?error, ?logout, ADR 0030)
                        "/login").permitAll()
                // the private calendar feed: its secret token is the credential (calendar module, FeedServlet)
                .requestMatchers("/calendar/feed/**").permitAll());
        // Vaadin 25 denies addresses that match no rule (a bare 403 page). Let signed-in people's unknown
        // addresses reach Vaadin's router instead, which shows the accessible "Page not found" page; routes
        // keep their own access rules (NavigationAccessControl) and everyone else is sent to sign in.
        // The sign-in page is server-rendered HTML (accounts.ui.SignInPage, ADR 0030), not a Vaadin view.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login")
                .anyRequest(url -> url.authenticated()));
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        var registrations = ProviderRegistrations.from(settings);
        if (!registrations.isEmpty()) {
            var failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
            var repository = new InMemoryClientRegistrationRepository(registrations);
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .clientRegistrationRepository(repository)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new KnownProvidersOnly(repository)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(providerAccounts))
                    .successHandler(new RememberingSuccessHandler(rememberMe, requestCache))
                    .failureHandler(failure));
        }
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(sessionTimeouts));
        http.headers(headers -> {
            // Vaadin's bootstrap response reaches the servlet through a forward; write headers up front.
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            headers.frameOptions(frame -> frame.deny());
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            headers.contentTypeOptions(nosniff -> { });
            if (settings.hsts()) {
                headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
        http.addFilterBefore(new LoginOriginFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
        http.addFilterBefore(new SessionRevocationFilter(jdbc, clock, contexts), RememberMeAuthenticationFilter.class);
        http.addFilterAfter(sessionTimeouts.filter(contexts), RememberMeAuthenticationFilter.class);
        return http.build();
    }

    private static String rememberMeKey(AccountsSettings settings) {
        if (settings.rememberMeKey() != null && !settings.rememberMeKey().isBlank()) {
            return settings.rememberMeKey();
        }
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String issuerTemplate(AccountsSettings settings) {
        var configured = settings.microsoft().issuerUri();
        return configured == null || configured.isBlank() ? ProviderRegistrations.MICROSOFT_ISSUER_TEMPLATE : configured;
    }

    /** After a provider sign-in: always start a persistent login too, then go where the person was going. */
    static final class RememberingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final DeviceScopedRememberMeServices rememberMe;

        RememberingSuccessHandler(DeviceScopedRememberMeServices rememberMe, RequestCache requestCache) {
            this.rememberMe = rememberMe;
            setRequestCache(requestCache);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            rememberMe.loginSuccess(request, response, authentication);
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
