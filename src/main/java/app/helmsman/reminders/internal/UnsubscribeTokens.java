package app.helmsman.reminders.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed digest-unsubscribe tokens: the person's id and an HMAC-SHA256 of it, so the link works without signing in
 * and cannot be forged for someone else. The secret is made once and kept in the database, shared by every replica.
 */
@Component
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ReminderStore store;
    private volatile byte[] secret;

    UnsubscribeTokens(ReminderStore store) {
        this.store = store;
    }

    public String tokenFor(UUID userId) {
        var id = ByteBuffer.allocate(16).putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits()).array();
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
    }

    /** The person the token was made for; empty for anything not made here. */
    public Optional<UUID> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            var id = DECODER.decode(parts[0]);
            var signature = DECODER.decode(parts[1]);
            if (id.length != 16 || !MessageDigest.isEqual(mac(id), signature)) {
                return Optional.empty();
            }
            var buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] id) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            mac.update("digest-unsubscribe:".getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        var known = secret;
        if (known == null) {
            var candidate = new byte[32];
            new SecureRandom().nextBytes(candidate);
            known = DECODER.decode(store.signingSecret(ENCODER.encodeToString(candidate)));
            secret = known;
        }
        return known;
    }
}
