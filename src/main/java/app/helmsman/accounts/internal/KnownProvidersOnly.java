package app.helmsman.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts provider sign-in only for configured providers. Spring's resolver throws for an unknown id
 * ({@code /oauth2/authorization/github}), a server error; here the request goes on like any other
 * address, so a person who is not signed in is sent to the sign-in page.
 */
final class KnownProvidersOnly implements OAuth2AuthorizationRequestResolver {

    private final OAuth2AuthorizationRequestResolver resolver;
    private final ClientRegistrationRepository registrations;

    KnownProvidersOnly(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return known(request) ? resolver.resolve(request) : null;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return registrations.findByRegistrationId(clientRegistrationId) == null ? null
                : resolver.resolve(request, clientRegistrationId);
    }

    private boolean known(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/";
        if (!path.startsWith(prefix)) {
            return true;
        }
        String id = path.substring(prefix.length());
        return id.isEmpty() || id.contains("/") || registrations.findByRegistrationId(id) != null;
    }
}
