package app.helmsman.accounts.internal;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Multi-tenant Microsoft tokens: the issuer is not fixed, but it must be the issuer of the tenant the
 * token names in {@code tid} (Microsoft's documented check); optionally the tenant must be allowed.
 */
final class TenantIssuerValidator implements OAuth2TokenValidator<Jwt> {

    private final String issuerTemplate;
    private final List<String> allowedTenants;

    TenantIssuerValidator(String issuerTemplate, List<String> allowedTenants) {
        this.issuerTemplate = issuerTemplate;
        this.allowedTenants = allowedTenants == null ? List.of() : List.copyOf(allowedTenants);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        var tenant = token.getClaimAsString("tid");
        if (tenant == null || tenant.isBlank() || !tenant.matches("[A-Za-z0-9-]{1,64}")) {
            return failure("The sign-in token names no tenant.");
        }
        var issuer = token.getIssuer() == null ? null : token.getIssuer().toString();
        if (!issuerTemplate.replace("{tid}", tenant).equals(issuer)) {
            return failure("The sign-in token's issuer does not belong to its tenant.");
        }
        if (!allowedTenants.isEmpty() && !allowedTenants.contains(tenant)) {
            return failure("This Microsoft organisation may not sign in to this Helmsman.");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String message) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", message, null));
    }
}
