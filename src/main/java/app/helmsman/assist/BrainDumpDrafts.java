package app.helmsman.assist;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.assist.internal.DraftStore;
import app.helmsman.assist.internal.ReviewStore;
import app.helmsman.assist.offline.OfflineExtractor;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's brain-dump draft: the text they are pouring out, kept in the database as they type
 * and when they extract, and the review of its proposed tasks (each one's decision and edits), until they save the
 * tasks or discard it. Both survive a provider failure, a closed tab, a sign-out and a switch to another device.
 * Every method works on the signed-in person's own draft only.
 */
@Service
public class BrainDumpDrafts {

    /** The longest brain dump, the same as what the extractors read. */
    public static final int MAX_CHARS = OfflineExtractor.MAX_INPUT_CHARS;

    /** The most characters a kept review may have, as JSON. */
    public static final int MAX_REVIEW_CHARS = ReviewStore.MAX_CHARS;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignedInUser signedIn;
    private final DraftStore store;
    private final ReviewStore reviews;
    private final Clock clock;

    BrainDumpDrafts(SignedInUser signedIn, DraftStore store, ReviewStore reviews, Clock clock) {
        this.signedIn = signedIn;
        this.store = store;
        this.reviews = reviews;
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

    /** Forgets the draft and its review (after the tasks are saved, or when the person discards it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void discard() {
        var owner = signedIn.requireId();
        store.delete(owner);
        reviews.delete(owner);
    }

    /** The review kept for the draft, or empty when there is none (or it was kept in a format no longer read). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ReviewState> loadReview() {
        return reviews.find(signedIn.requireId()).flatMap(json -> {
            try {
                return Optional.of(JSON.readValue(json, ReviewState.class));
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                return Optional.empty(); // an older format: the person extracts again from the kept text
            }
        });
    }

    /**
     * Keeps the review as it stands, replacing the one kept before; an empty review forgets it. NUL characters
     * are left out, as in the draft.
     *
     * @param review not null
     * @throws ReviewTooLargeException over {@value ReviewState#MAX_ITEMS} proposals or
     *     {@value #MAX_REVIEW_CHARS} characters (nothing is stored then; the previous review stays)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveReview(ReviewState review) {
        var owner = signedIn.requireId();
        if (review.items().size() > ReviewState.MAX_ITEMS) {
            throw new ReviewTooLargeException("A review holds at most " + ReviewState.MAX_ITEMS
                    + " proposed tasks; save or reject some and extract the rest again.");
        }
        if (review.items().isEmpty()) {
            reviews.delete(owner);
            return;
        }
        String json = JSON.writeValueAsString(review).replace("\\u0000", "");
        if (json.length() > MAX_REVIEW_CHARS) {
            throw new ReviewTooLargeException("This review is too long to keep (" + String.format("%,d", json.length())
                    + " of " + String.format("%,d", MAX_REVIEW_CHARS) + " characters); save or reject some tasks.");
        }
        reviews.upsert(owner, json, clock.instant());
    }
}
