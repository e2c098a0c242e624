package app.helmsman.calendar.internal;

import app.helmsman.platform.JobSummary;
import app.helmsman.platform.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a key rotation ({@code HELMSMAN_ENCRYPTION_KEY} new, the previous one in {@code HELMSMAN_ENCRYPTION_OLD_KEYS}):
 * re-encrypts every connection still under an old key with the current one, one connection per transaction under
 * its advisory lock ({@link Jobs}). Runs once when the application is ready; once it reports nothing left, the old
 * key can be dropped from the settings.
 */
@Component
public class TokenReencryption {

    /** Advisory lock space of the per-connection re-encryption ('enc'). */
    static final int LOCK_SPACE = 0x656e63;
    private static final Logger log = LoggerFactory.getLogger(TokenReencryption.class);

    private final ConnectionRepository connections;
    private final TokenCipher cipher;
    private final Jobs jobs;
    private final Jobs.Job job;

    TokenReencryption(ConnectionRepository connections, TokenCipher cipher, Jobs jobs) {
        this.connections = connections;
        this.cipher = cipher;
        this.jobs = jobs;
        this.job = jobs.define("calendar-token-reencryption", LOCK_SPACE);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (cipher.available()) {
            var summary = run();
            if (summary.changed() > 0) {
                log.info("Re-encrypted the tokens of {} calendar connection(s) with the current key", summary.changed());
            }
        }
    }

    /** One round: every connection with a token under another key than the current one. */
    public JobSummary run() {
        var current = cipher.currentKeyId();
        return jobs.run(job, () -> connections.idsNotUnderKey(current), id -> id, id -> connections.findById(id).map(connection -> {
            if (current.equals(TokenCipher.keyIdOf(connection.getAccessToken()))
                    && (connection.getRefreshToken() == null || current.equals(TokenCipher.keyIdOf(connection.getRefreshToken())))) {
                return 0;
            }
            connection.reencrypted(cipher.encrypt(cipher.decrypt(connection.getAccessToken())), cipher.encrypt(cipher.decrypt(connection.getRefreshToken())));
            return 1;
        }).orElse(0));
    }
}
