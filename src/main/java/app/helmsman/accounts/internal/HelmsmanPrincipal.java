package app.helmsman.accounts.internal;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The one principal type of Helmsman, whichever way a person signed in (password, persistent login,
 * Google, Microsoft). Its name is the account's email, which is also the persistent-login username.
 */
public final class HelmsmanPrincipal implements UserDetails, OidcUser, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final UUID userId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    private final Instant signedInAt;
    private final transient OidcIdToken idToken;
    private final transient Map<String, Object> attributes;

    /**
     * @param signedInAt when this sign-in happens: a principal is made once per sign-in (password,
     *                   persistent login, provider), so it is the session's sign-in time for revocation
     */
    HelmsmanPrincipal(UserEntity user, OidcIdToken idToken, Instant signedInAt) {
        this.signedInAt = signedInAt;
        this.userId = user.getId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.authorities = user.getRoles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        this.idToken = idToken;
        this.attributes = idToken == null ? Map.of("email", email) : idToken.getClaims();
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    /** When the person signed in with this principal (see {@link SessionRevocationFilter}). */
    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String getPassword() {
        // Accounts created through a provider have no password: nothing can match an empty hash.
        return passwordHash == null ? "" : passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return attributes;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
