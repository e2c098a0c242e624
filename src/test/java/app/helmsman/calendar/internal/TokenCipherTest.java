package app.helmsman.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void a_token_comes_back_decrypted_and_is_never_stored_in_clear() {
        var cipher = new TokenCipher(KEY, List.of());

        var stored = cipher.encrypt("ya29.secret-access-token");

        assertThat(stored).startsWith("v1:" + cipher.currentKeyId() + ":").doesNotContain("secret");
        assertThat(cipher.decrypt(stored)).isEqualTo("ya29.secret-access-token");
    }

    @Test
    void every_encryption_uses_a_fresh_nonce() {
        var cipher = new TokenCipher(KEY, List.of());

        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void after_rotation_values_under_the_old_key_still_decrypt_and_new_ones_use_the_new_key() {
        var before = new TokenCipher(KEY, List.of()).encrypt("refresh-token");
        var rotated = new TokenCipher(OTHER, List.of(KEY));

        assertThat(rotated.decrypt(before)).isEqualTo("refresh-token");
        assertThat(TokenCipher.keyIdOf(rotated.encrypt("new"))).isEqualTo(rotated.currentKeyId()).isNotEqualTo(TokenCipher.keyIdOf(before));
    }

    @Test
    void a_value_under_a_key_that_is_gone_or_an_altered_value_is_refused() {
        var stored = new TokenCipher(KEY, List.of()).encrypt("token");
        var bytes = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
        bytes[bytes.length - 1] ^= 1;
        var altered = stored.substring(0, stored.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> new TokenCipher(OTHER, List.of()).decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither HELMSMAN_ENCRYPTION_KEY nor one of HELMSMAN_ENCRYPTION_OLD_KEYS");
        assertThatThrownBy(() -> new TokenCipher(KEY, List.of()).decrypt(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_with_how_to_make_one() {
        assertThatThrownBy(() -> new TokenCipher("c2hvcnQ=", List.of())).hasMessageContaining("32 bytes").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void the_local_default_keeps_one_generated_key_readable_by_its_owner_only(@TempDir Path dataDir) throws Exception {
        var first = TokenCipher.keptKey(dataDir);
        var second = TokenCipher.keptKey(dataDir);

        assertThat(first).isEqualTo(second);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(TokenCipher.KEY_FILE)))).isEqualTo("rw-------");
    }
}
