package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.FeatureFlags.Flag;
import app.helmsman.platform.RuntimeFeatureFlags;
import app.helmsman.platform.RuntimeFeatureFlags.FlagState;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feature flags panel: every flag with its value and its environment default; a change is stored for every
 * replica (each applies it within {@link RuntimeFeatureFlags#REFRESH}) and audited in the same transaction.
 */
@Service
public class FeatureFlagService {

    private final RuntimeFeatureFlags flags;
    private final AuditLog audit;
    private final SignedInUser signedIn;

    FeatureFlagService(RuntimeFeatureFlags flags, AuditLog audit, SignedInUser signedIn) {
        this.flags = flags;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    /** Every flag the code has, in declaration order. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<FlagState> flags() {
        return flags.states();
    }

    /** Switches a flag on or off for every replica. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void set(Flag flag, boolean enabled) {
        var actor = signedIn.requireId();
        audit.record(actor, null, "flag.changed", flag.name(), flag.label() + (enabled ? " switched on" : " switched off"));
        flags.set(flag, enabled, actorEmail(actor));
    }

    /** Returns a flag to what the environment says ({@link Flag#environmentVariable()}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(Flag flag) {
        audit.record(signedIn.requireId(), null, "flag.reset", flag.name(),
                flag.label() + " back to the environment's default (" + (flags.environmentDefault(flag) ? "on" : "off") + ")");
        flags.reset(flag);
    }

    private String actorEmail(java.util.UUID actor) {
        return audit.emailOf(actor);
    }
}
