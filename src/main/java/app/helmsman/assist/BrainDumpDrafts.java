package app.helmsman.assist;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.assist.internal.DraftStore;
import app.helmsman.assist.offline.OfflineExtractor;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's brain-dump draft: the text they are pouring out, kept in the database as they type
 * and when they extract, until they save the tasks or discard it. It survives a provider failure, a closed tab,
 * a sign-out and a switch to another device. Every method works on the signed-in person's own draft only.
 */
@Service
public class BrainDumpDrafts {

    /** The longest brain dump, the same as what the extractors read. */
    public static final int MAX_CHARS = OfflineExtractor.MAX_INPUT_CHARS;

    private final SignedInUser signedIn;
    private final DraftStore store;
    private final Clock clock;

    BrainDumpDrafts(SignedInUser signedIn, DraftStore store, Clock clock) {
        this.signedIn = signedIn;
        this.store = store;
        this.clock = clock;
    }

    /** The draft, or empty when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> load() {
        return store.find(signedIn.requireId());
    }

    /**
     * Keeps the text as the draft; blank text discards it. NUL characters (invisible, and not storable in PostgreSQL)
     * are left out.
     *
     * @param text not null
     * @throws DraftTooLongException when it has more than {@link #MAX_CHARS} characters (nothing is stored then,
     *     the previous draft stays)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(String text) {
        var owner = signedIn.requireId();
        if (text.length() > MAX_CHARS) {
            throw new DraftTooLongException(text.length());
        }
        if (text.isBlank()) {
            store.delete(owner);
        } else {
            store.upsert(owner, text.replace("\0", ""), clock.instant());
        }
    }

    /** Forgets the draft (after the tasks are saved, or when the person discards it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void discard() {
        store.delete(signedIn.requireId());
    }
}
