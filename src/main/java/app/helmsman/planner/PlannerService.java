package app.helmsman.planner;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.live.LiveUpdates;
import app.helmsman.planner.internal.PlanStore;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's plan of today (ADR 0014): the draft until they accept it, then the stored plan that
 * survives reloads and other devices and is re-planned when the day slips. Every method acts on the signed-in
 * person's own plan and own ready tasks only; a block id from anyone else's plan is answered as an unknown one
 * ({@link PlanBlockNotFoundException}). Each change of an accepted plan publishes {@link DayPlanChanged} (after
 * commit, for {@code @TransactionalEventListener}s) and a live hint on topic {@value PlanMaker#TOPIC}.
 */
@Service
public class PlannerService {

    private final SignedInUser signedIn;
    private final PlanMaker maker;
    private final PlanStore store;

    PlannerService(SignedInUser signedIn, PlanMaker maker, PlanStore store) {
        this.signedIn = signedIn;
        this.maker = maker;
        this.store = store;
    }

    /** Today's plan: the accepted one, or a draft from the person's ready tasks. Never null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TodayPlan today() {
        return maker.read(signedIn.requireId());
    }

    /** Plan my day's suggestions: ready tasks that are due soon, high priority, carried over or planned for today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanSuggestion> suggestions() {
        return maker.suggestions(signedIn.requireId());
    }

    /**
     * The plan Plan my day would accept with these picks (ids that are not the person's ready tasks are ignored)
     * and this energy; nothing is stored.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TodayPlan preview(Set<UUID> picks, DayEnergy energy) {
        checkPicks(picks);
        return maker.preview(signedIn.requireId(), picks, energy == null ? DayEnergy.NORMAL : energy);
    }

    /**
     * Plan my day: keeps the picks (only the person's own ready tasks; others are ignored) and today's energy, plans
     * them and accepts the plan (pinned blocks stay).
     *
     * @throws PlannerValidationException for more than {@value PlanMaker#MAX_PICKS} picks
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan planMyDay(Set<UUID> picks, DayEnergy energy) {
        checkPicks(picks);
        return maker.planMyDay(signedIn.requireId(), picks, energy == null ? DayEnergy.NORMAL : energy, LiveUpdates.currentUiKey());
    }

    /** Accepts today's draft as it is; an accepted plan is re-planned from now instead. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan accept() {
        return maker.accept(signedIn.requireId(), LiveUpdates.currentUiKey());
    }

    /** Sets today's energy; a LOW day shrinks the capacity and lowers the profile, and an accepted plan is re-planned. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan setEnergy(DayEnergy energy) {
        return maker.setEnergy(signedIn.requireId(), energy == null ? DayEnergy.NORMAL : energy, LiveUpdates.currentUiKey());
    }

    /** Pins the block where it is; a draft is accepted first. @throws PlanBlockNotFoundException when it is not in today's plan */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan pin(UUID blockId) {
        return maker.pin(signedIn.requireId(), blockId, true, LiveUpdates.currentUiKey());
    }

    /** Lets the planner move the block again, and re-plans. @throws PlanBlockNotFoundException when it is not in today's plan */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan unpin(UUID blockId) {
        return maker.pin(signedIn.requireId(), blockId, false, LiveUpdates.currentUiKey());
    }

    /**
     * Moves the block to start at the given time today (same length) and pins it there; the rest is re-planned.
     *
     * @throws PlannerValidationException (field "start") outside working hours or over a commitment or another pinned block
     * @throws PlanBlockNotFoundException when it is not in today's plan
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan move(UUID blockId, LocalTime start) {
        if (start == null) {
            throw new PlannerValidationException(java.util.Map.of("start", "Enter the time the block should start."));
        }
        return maker.move(signedIn.requireId(), blockId, start, LiveUpdates.currentUiKey());
    }

    /** Leaves the block's task out of today and re-plans the rest. @throws PlanBlockNotFoundException when it is not in today's plan */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan skip(UUID blockId) {
        return maker.skip(signedIn.requireId(), blockId, LiveUpdates.currentUiKey());
    }

    /** Moves the block's task to later today (an hour on at the earliest) and re-plans. @throws PlanBlockNotFoundException when it is not in today's plan */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TodayPlan snooze(UUID blockId) {
        return maker.snooze(signedIn.requireId(), blockId, LiveUpdates.currentUiKey());
    }

    /** The person's planner settings (defaults until saved; the energy profile follows the energy peak until edited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanPreferences preferences() {
        return maker.preferences(signedIn.requireId());
    }

    /**
     * Saves the person's planner settings; an accepted plan of today is re-planned with them.
     *
     * @throws PlannerValidationException with a message per field out of bounds
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PlanPreferences savePreferences(PlanPreferences changed) {
        var errors = new LinkedHashMap<String, String>();
        if (changed.energy() == null || changed.energy().size() != 24 || changed.energy().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("energy", "Give every hour of the day an energy level.");
        }
        if (changed.workingDays().isEmpty()) {
            errors.put("workingDays", "Choose at least one working day.");
        }
        bound(errors, "breakMinutes", "A break", changed.breakMinutes(), PlanPreferences.BREAK_MIN, PlanPreferences.BREAK_MAX, "minutes");
        bound(errors, "capacityMinutes", "Planned time per day", changed.capacityMinutes(), PlanPreferences.CAPACITY_MINUTES_MIN,
                PlanPreferences.CAPACITY_MINUTES_MAX, "minutes");
        bound(errors, "capacityTasks", "Tasks per day", changed.capacityTasks(), PlanPreferences.CAPACITY_TASKS_MIN, PlanPreferences.CAPACITY_TASKS_MAX,
                "tasks");
        bound(errors, "maxChunkMinutes", "The longest block", changed.maxChunkMinutes(), PlanPreferences.CHUNK_MIN, PlanPreferences.CHUNK_MAX, "minutes");
        bound(errors, "defaultEstimateMinutes", "The default estimate", changed.defaultEstimateMinutes(), PlanPreferences.ESTIMATE_MIN,
                PlanPreferences.ESTIMATE_MAX, "minutes");
        if (!errors.isEmpty()) {
            throw new PlannerValidationException(errors);
        }
        var user = signedIn.requireId();
        var derived = PlanMaker.profileFor(maker.context(user).hours().energyPeak());
        // a profile equal to the one the energy peak suggests keeps following the peak
        var saved = new PlanPreferences(changed.energy(), !changed.energy().equals(derived), changed.workingDays(), changed.breakMinutes(),
                changed.capacityMinutes(), changed.capacityTasks(), changed.maxChunkMinutes(), changed.defaultEstimateMinutes());
        store.savePreferences(user, PlanStore.stored(saved));
        maker.replanToday(user, null);
        return maker.preferences(user);
    }

    private static void bound(java.util.Map<String, String> errors, String field, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            errors.put(field, what + " must be " + min + " to " + max + " " + unit + ", not " + value + ".");
        }
    }

    private static void checkPicks(Set<UUID> picks) {
        if (picks.size() > PlanMaker.MAX_PICKS) {
            throw new PlannerValidationException(java.util.Map.of("picks", "Pick at most " + PlanMaker.MAX_PICKS + " tasks for one day."));
        }
    }
}
