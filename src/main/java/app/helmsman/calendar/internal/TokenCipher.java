package app.helmsman.calendar.internal;

import app.helmsman.platform.PlatformSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts provider tokens at rest (docs/adr/0017): AES-256-GCM with a random 96-bit nonce per value; the stored text
 * is {@code v1:<key id>:<base64(nonce + ciphertext + tag)>}, the key id being the first 8 hex digits of the key's
 * SHA-256. New values use the current key ({@code HELMSMAN_ENCRYPTION_KEY}); values under a key listed in
 * {@code HELMSMAN_ENCRYPTION_OLD_KEYS} still decrypt, and {@link TokenReencryption} moves them to the current key.
 * Without a configured key (the local default only) a key is generated once and kept in the data folder
 * ({@code helmsman-encryption-key}, mode 0600), like the embedded database's password; with neither, connecting a
 * calendar is refused. The {@code prod} profile refuses to start without the key ({@code DatabaseConfiguration}'s check).
 */
@Component
public class TokenCipher {

    static final String KEY_FILE = "helmsman-encryption-key";
    private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    TokenCipher(CalendarProviderSettings settings, PlatformSettings platform) {
        this(currentKey(settings, platform), settings.oldKeys());
    }

    /** For tests and tools: a cipher with the given base64 keys (current may be null: encryption unavailable). */
    public TokenCipher(String currentKey, List<String> oldKeys) {
        for (var old : oldKeys) {
            var key = key(old, "HELMSMAN_ENCRYPTION_OLD_KEYS");
            keys.put(keyId(key), key);
        }
        if (currentKey != null) {
            var key = key(currentKey, "HELMSMAN_ENCRYPTION_KEY");
            currentId = keyId(key);
            keys.put(currentId, key);
        } else {
            currentId = null;
        }
    }

    /** False when no key is configured or kept: tokens cannot be stored, so nobody can connect a provider. */
    public boolean available() {
        return currentId != null;
    }

    /** The id of the key new values are encrypted with. */
    public String currentKeyId() {
        return currentId;
    }

    /** The key id a stored value was encrypted with, or null for a value that is not ours. */
    public static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        var parts = stored.split(":", 3);
        return parts.length == 3 && parts[0].equals(VERSION) ? parts[1] : null;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        if (!available()) {
            throw new IllegalStateException("No encryption key: set HELMSMAN_ENCRYPTION_KEY");
        }
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(currentId));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a token", e);
        }
    }

    /**
     * @throws IllegalStateException for a value under a key that is neither current nor old, or that was tampered with
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        var id = keyIdOf(stored);
        var key = id == null ? null : keys.get(id);
        if (key == null) {
            throw new IllegalStateException("A token is encrypted with key " + id + ", which is neither HELMSMAN_ENCRYPTION_KEY nor one of "
                    + "HELMSMAN_ENCRYPTION_OLD_KEYS");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(aad(id));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored token could not be decrypted (wrong key or altered)", e);
        }
    }

    /** The key id is authenticated too: a value cannot be relabelled as another key's. */
    private static byte[] aad(String keyId) {
        return ("helmsman.calendar.token:" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec key(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be base64 (e.g. openssl rand -base64 32)", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes in base64 (e.g. openssl rand -base64 32), not " + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    static String keyId(SecretKeySpec key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentKey(CalendarProviderSettings settings, PlatformSettings platform) {
        if (settings.encryptionKey() != null && !settings.encryptionKey().isBlank()) {
            return settings.encryptionKey();
        }
        if (settings.requireEncryptionKey()) {
            // prod: the platform's start-up check names HELMSMAN_ENCRYPTION_KEY with every other missing setting in one line
            return null;
        }
        if (platform.dataDir() == null || platform.dataDir().isBlank() || platform.usesExternalDatabase()) {
            log.info("No HELMSMAN_ENCRYPTION_KEY: connecting Google Calendar or Outlook is unavailable");
            return null;
        }
        return keptKey(Path.of(platform.dataDir()));
    }

    /** The local default's key, generated once and kept beside the embedded database's data (owner-only). */
    static String keptKey(Path dataDir) {
        var file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var key = Base64.getEncoder().encodeToString(bytes);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            log.info("Generated the key that encrypts calendar tokens in {}; set HELMSMAN_ENCRYPTION_KEY in production", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the calendar token key in " + file, e);
        }
    }
}
