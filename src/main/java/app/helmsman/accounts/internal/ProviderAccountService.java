package app.helmsman.accounts.internal;

import app.helmsman.accounts.Role;
import app.helmsman.accounts.UserSignedUp;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.FeatureFlags;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in with Google or Microsoft: a known identity signs in to its account; otherwise a verified email
 * links to the account with that email, or creates one. An unverified email is refused, because linking
 * on it would let anyone take over an account by claiming its address at a provider.
 */
@Component
class ProviderAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final UserRepository users;
    private final IdentityRepository identities;
    private final UserSettingsRepository settings;
    private final AccountMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;
    private final FeatureFlags flags;

    ProviderAccountService(UserRepository users, IdentityRepository identities, UserSettingsRepository settings, AccountMetrics metrics,
                           ApplicationEventPublisher events, Clock clock, AuditLog audit, FeatureFlags flags) {
        this.audit = audit;
        this.flags = flags;
        this.users = users;
        this.identities = identities;
        this.settings = settings;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        var provider = request.getClientRegistration().getRegistrationId();
        var idToken = request.getIdToken();
        var claims = idToken.getClaims();
        var known = identities.findByProviderAndSubject(provider, idToken.getSubject());
        if (known.isPresent()) {
            var user = users.findById(known.get().getUserId()).orElseThrow();
            refuseDisabled(user, provider);
            metrics.login(provider, "success");
            audit.record(user.getId(), user.getEmail(), "sign-in.succeeded", user.getEmail(), provider);
            return new HelmsmanPrincipal(user, idToken, clock.instant());
        }
        var email = idToken.getEmail();
        if (email == null || email.isBlank() || !emailVerified(claims)) {
            metrics.login(provider, "failure");
            throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email",
                    "Your " + label(provider) + " account did not give Helmsman a verified email address, so it cannot sign you in with it. "
                            + "Sign in with your password, or verify the address at " + label(provider) + " first.", null));
        }
        var user = users.findByEmail(email).orElseGet(() -> create(email, claims));
        refuseDisabled(user, provider);
        identities.save(new IdentityEntity(user.getId(), provider, idToken.getSubject(), (String) claims.get("tid"), UserEntity.normaliseEmail(email),
                clock.instant()));
        metrics.login(provider, "success");
        audit.record(user.getId(), user.getEmail(), "sign-in.succeeded", user.getEmail(), provider + ", linked");
        return new HelmsmanPrincipal(user, idToken, clock.instant());
    }

    private void refuseDisabled(UserEntity user, String provider) {
        if (!user.isEnabled()) {
            metrics.login(provider, "failure");
            audit.recordQuietly(user.getId(), user.getEmail(), "sign-in.failed", user.getEmail(), provider + "; the account is disabled", null);
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled",
                    "This account is disabled. Ask the person who runs Helmsman.", null));
        }
    }

    private UserEntity create(String email, Map<String, Object> claims) {
        if (!flags.enabled(FeatureFlags.Flag.SIGN_UPS)) {
            metrics.login("provider", "failure");
            throw new OAuth2AuthenticationException(new OAuth2Error("sign_ups_closed", app.helmsman.accounts.AccountService.SIGN_UPS_CLOSED, null));
        }
        var name = claims.get("name") instanceof String n && !n.isBlank() ? n : email.substring(0, email.indexOf('@'));
        var user = users.save(new UserEntity(email, name.length() > 100 ? name.substring(0, 100) : name, null, EnumSet.of(Role.USER), clock.instant()));
        settings.save(new UserSettingsEntity(user.getId()));
        metrics.signedUp();
        events.publishEvent(new UserSignedUp(user.getId()));
        return user;
    }

    /** Google sends email_verified; Microsoft sends xms_edov when the email's domain owner verified it. */
    static boolean emailVerified(Map<String, Object> claims) {
        return isTrue(claims.get("email_verified")) || isTrue(claims.get("xms_edov"));
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value) || "1".equals(String.valueOf(value));
    }

    private static String label(String provider) {
        return switch (provider) {
            case "google" -> "Google";
            case "microsoft" -> "Microsoft";
            default -> provider;
        };
    }
}
