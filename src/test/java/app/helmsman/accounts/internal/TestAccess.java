package app.helmsman.accounts.internal;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/** Lets tests in other packages reach package-private parts of accounts.internal. */
public final class TestAccess {

    private TestAccess() {
    }

    public static OAuth2TokenValidator<Jwt> tenantValidator(String template, List<String> allowed) {
        return new TenantIssuerValidator(template, allowed);
    }

    public static boolean sameOrigin(jakarta.servlet.http.HttpServletRequest request) {
        return LoginOriginFilter.sameOrigin(request);
    }

    /** Sets the cap on live anonymous sessions of the running instance; returns the previous cap. */
    public static int capAnonymousSessions(org.springframework.context.ApplicationContext context, int max) {
        return context.getBean(AnonymousSessions.class).cap(max);
    }
}
