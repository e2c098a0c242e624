package app.helmsman.accounts.internal;

import app.helmsman.accounts.SignUpForm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which new passwords Helmsman refuses, as NIST SP 800-63B (5.1.1.2) asks of a memorized secret: too
 * short, too long for the hash, on the list of common and breached passwords shipped with the app
 * ({@code accounts/common-passwords.txt}, compared lowercase), or made of the account's email or its
 * name part. No composition rules (digits, symbols): they make passwords worse, not stronger.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = SignUpForm.PASSWORD_MIN_LENGTH;
    static final int MAX_LENGTH = SignUpForm.PASSWORD_MAX_LENGTH;
    /** BCrypt reads only the first 72 bytes; a longer password would be checked only in part. */
    static final int MAX_BYTES = 72;
    /** Shorter name parts ("al" of al@example.com) are left alone: refusing every password containing them refuses too much. */
    static final int MIN_LOCAL_PART_CHECKED = 4;
    private static final String LIST = "/accounts/common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Why this password cannot be used for the account with this email, as a sentence for the person, or
     * empty when it is acceptable.
     *
     * @param password what the person typed; null counts as empty
     * @param email the account's email; null or blank skips the email checks
     */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        var lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters that are not spaces.");
        }
        if (containsEmail(lower, email)) {
            return Optional.of("Choose a password that does not contain your email address or the name in it.");
        }
        if (Common.PASSWORDS.contains(lower) || Common.PASSWORDS.contains(lower.replaceAll("\\s+", ""))) {
            return Optional.of("This password is one of the most common ones, which attackers try first. Choose another, "
                    + "for example a few unrelated words.");
        }
        return Optional.empty();
    }

    private static boolean containsEmail(String lowerPassword, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        var lowerEmail = email.strip().toLowerCase(Locale.ROOT);
        if (lowerPassword.contains(lowerEmail)) {
            return true;
        }
        var at = lowerEmail.indexOf('@');
        var local = at < 0 ? lowerEmail : lowerEmail.substring(0, at);
        return local.length() >= MIN_LOCAL_PART_CHECKED && lowerPassword.contains(local);
    }

    /** Loaded on first use only (about 23,000 entries, 2 MB of heap). */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            var stream = PasswordPolicy.class.getResourceAsStream(LIST);
            if (stream == null) {
                throw new IllegalStateException("The list of common passwords " + LIST + " is missing from the build");
            }
            var passwords = new HashSet<String>(32_768);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + LIST, e);
            }
            return Set.copyOf(passwords);
        }
    }
}
