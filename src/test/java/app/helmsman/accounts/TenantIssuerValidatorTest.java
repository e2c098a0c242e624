package app.helmsman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TenantIssuerValidatorTest {

    static final String TEMPLATE = "https://login.microsoftonline.com/{tid}/v2.0";

    static Jwt token(String issuer, String tenant) {
        var claims = new java.util.HashMap<String, Object>(Map.of("iss", issuer, "sub", "s"));
        if (tenant != null) {
            claims.put("tid", tenant);
        }
        return new Jwt("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }

    static boolean valid(Jwt jwt, List<String> allowed) {
        return !app.helmsman.accounts.internal.TestAccess.tenantValidator(TEMPLATE, allowed).validate(jwt).hasErrors();
    }

    @Test
    void a_token_issued_by_its_own_tenant_is_accepted() {
        assertThat(valid(token("https://login.microsoftonline.com/abc-123/v2.0", "abc-123"), List.of())).isTrue();
    }

    @Test
    void a_token_whose_issuer_is_another_tenant_is_refused() {
        assertThat(valid(token("https://login.microsoftonline.com/abc-123/v2.0", "evil-456"), List.of())).isFalse();
    }

    @Test
    void a_token_without_a_tenant_is_refused() {
        assertThat(valid(token("https://login.microsoftonline.com/abc-123/v2.0", null), List.of())).isFalse();
    }

    @Test
    void a_tenant_outside_the_allowed_list_is_refused() {
        var jwt = token("https://login.microsoftonline.com/abc-123/v2.0", "abc-123");
        assertThat(valid(jwt, List.of("other"))).isFalse();
        assertThat(valid(jwt, List.of("abc-123"))).isTrue();
    }

    @Test
    void a_tenant_id_that_could_change_the_issuer_path_is_refused() {
        assertThat(valid(token("https://login.microsoftonline.com/a/b/v2.0", "a/b"), List.of())).isFalse();
    }
}
