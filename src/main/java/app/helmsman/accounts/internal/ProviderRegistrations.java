package app.helmsman.accounts.internal;

import app.helmsman.accounts.AccountsSettings;
import app.helmsman.accounts.AccountsSettings.Provider;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The configured sign-in providers. Only providers with a client id are registered, so the sign-in page
 * shows buttons only for those. Microsoft uses the multi-tenant "common" endpoints; its issuer is checked
 * per token against the token's tenant ({@link TenantIssuerValidator}) instead of a fixed issuer.
 */
public final class ProviderRegistrations {

    public static final String MICROSOFT_ISSUER_TEMPLATE = "https://login.microsoftonline.com/{tid}/v2.0";

    private ProviderRegistrations() {
    }

    public static List<ClientRegistration> from(AccountsSettings settings) {
        var registrations = new ArrayList<ClientRegistration>();
        if (settings.google().enabled()) {
            var g = settings.google();
            registrations.add(base("google", "Google", g)
                    .authorizationUri(or(g.authorizationUri(), "https://accounts.google.com/o/oauth2/v2/auth"))
                    .tokenUri(or(g.tokenUri(), "https://www.googleapis.com/oauth2/v4/token"))
                    .jwkSetUri(or(g.jwkSetUri(), "https://www.googleapis.com/oauth2/v3/certs"))
                    .issuerUri(or(g.issuerUri(), "https://accounts.google.com"))
                    .build());
        }
        if (settings.microsoft().enabled()) {
            var m = settings.microsoft();
            registrations.add(base("microsoft", "Microsoft", m)
                    .authorizationUri(or(m.authorizationUri(), "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"))
                    .tokenUri(or(m.tokenUri(), "https://login.microsoftonline.com/common/oauth2/v2.0/token"))
                    .jwkSetUri(or(m.jwkSetUri(), "https://login.microsoftonline.com/common/discovery/v2.0/keys"))
                    .build());
        }
        return registrations;
    }

    private static ClientRegistration.Builder base(String id, String name, Provider provider) {
        return ClientRegistration.withRegistrationId(id)
                .clientName(name)
                .clientId(provider.clientId())
                .clientSecret(provider.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .userNameAttributeName(IdTokenClaimNames.SUB);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
