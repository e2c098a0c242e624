package app.helmsman.planner;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.planner.internal.ReflectionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end-of-day review's optional line of reflection: one per person and day (today in their time zone, UTC
 * while it is not known), private to them: every method works on the signed-in person's own line only.
 */
@Service
public class DayReflectionService {

    /** The longest line, in characters. */
    public static final int MAX_LENGTH = 280;

    private final SignedInUser signedIn;
    private final UserTimeZones zones;
    private final ReflectionStore store;
    private final Clock clock;

    DayReflectionService(SignedInUser signedIn, UserTimeZones zones, ReflectionStore store, Clock clock) {
        this.signedIn = signedIn;
        this.zones = zones;
        this.store = store;
        this.clock = clock;
    }

    /** Today's line, with empty text when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DayReflection today() {
        var owner = signedIn.requireId();
        var day = today(owner);
        return new DayReflection(day, store.find(owner, day).orElse(""));
    }

    /**
     * Keeps the line for today, replacing an earlier one; blank text removes it. Leading and trailing spaces are
     * dropped.
     *
     * @param text not null
     * @throws ReflectionRejectedException when it is longer than {@link #MAX_LENGTH} characters or holds NUL (nothing
     *     is stored then; the earlier line stays)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DayReflection saveToday(String text) {
        var owner = signedIn.requireId();
        var line = text.strip();
        if (line.length() > MAX_LENGTH) {
            throw new ReflectionRejectedException("Keep it to one line of at most " + MAX_LENGTH + " characters (this one has "
                    + line.length() + ").");
        }
        if (line.indexOf('\0') >= 0) {
            throw new ReflectionRejectedException("Remove the invisible control character (NUL) from the line; Helmsman cannot store it.");
        }
        var day = today(owner);
        if (line.isEmpty()) {
            store.delete(owner, day);
        } else {
            store.upsert(owner, day, line, clock.instant());
        }
        return new DayReflection(day, line);
    }

    private LocalDate today(UUID owner) {
        return clock.instant().atZone(zones.zoneOf(owner)).toLocalDate();
    }
}
