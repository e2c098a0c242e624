package app.helmsman.calendar;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.internal.BlockMirror;
import app.helmsman.calendar.internal.CalendarChanges;
import app.helmsman.calendar.internal.CalendarStore;
import app.helmsman.calendar.internal.FeedTokens;
import app.helmsman.calendar.internal.SafeAddresses;
import app.helmsman.calendar.internal.SyncEngine;
import app.helmsman.calendar.internal.WriteBack;
import app.helmsman.calendar.internal.ics.IcsException;
import app.helmsman.calendar.internal.ics.IcsReader;
import app.helmsman.calendar.internal.spi.SourceKind;
import app.helmsman.calendar.internal.spi.SourceSynchronizer;
import app.helmsman.calendar.internal.spi.SyncBatch;
import app.helmsman.calendar.internal.spi.SyncFailure;
import app.helmsman.calendar.internal.spi.SyncRequest;
import app.helmsman.live.LiveUpdates;
import app.helmsman.planner.PlannedBlock;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.tasks.TaskService;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in person's calendars: list them with their sync health, choose which count as busy and which one
 * receives Helmsman's blocks, sync now, remove, import an .ics file, subscribe to an ICS address, read the events
 * of some days, manage the private feed and send a task to the calendar. Everything works on the signed-in
 * person's own calendars only (another person's calendar id answers like an unknown one); everything is refused
 * while {@code FEATURE_CALENDAR_INTEGRATION} is off. Provider fetches happen outside transactions.
 */
@Service
public class CalendarService {

    /** Most calendars one person may have. */
    public static final int MAX_SOURCES = 50;
    public static final int MAX_NAME = 200;
    public static final int MAX_URL = 2048;
    static final String OFF = "Calendar integration is turned off on this server.";

    private final SignedInUser signedIn;
    private final CalendarStore store;
    private final BlockMirror mirror;
    private final SyncEngine engine;
    private final List<SourceSynchronizer> synchronizers;
    private final SafeAddresses addresses;
    private final CalendarChanges changes;
    private final FeatureFlags flags;
    private final CalendarSettings settings;
    private final UserTimeZones zones;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String baseUrl;

    CalendarService(SignedInUser signedIn, CalendarStore store, BlockMirror mirror, SyncEngine engine, List<SourceSynchronizer> synchronizers, SafeAddresses addresses,
                    CalendarChanges changes, FeatureFlags flags, CalendarSettings settings, UserTimeZones zones, TaskService tasks,
                    ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
                    @Value("${helmsman.platform.base-url:http://localhost:8080}") String baseUrl) {
        this.signedIn = signedIn;
        this.store = store;
        this.mirror = mirror;
        this.engine = engine;
        this.synchronizers = synchronizers;
        this.addresses = addresses;
        this.changes = changes;
        this.flags = flags;
        this.settings = settings;
        this.zones = zones;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether calendar integration is on (read each time: the switch can change at run time). */
    public boolean enabled() {
        return flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION);
    }

    /** The person's calendars, by name; empty while the feature is off. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarSource> sources() {
        if (!enabled()) {
            return List.of();
        }
        return store.sourcesOf(signedIn.requireId()).stream().map(CalendarService::view).toList();
    }

    /** Problems the person has not been told about yet ("Work: reconnect Google"), each returned once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> newProblems() {
        if (!enabled()) {
            return List.of();
        }
        return store.takeUnseenProblems(signedIn.requireId());
    }

    /** Sets whether the calendar's events count as busy time for the planner. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CalendarSource setCountsAsBusy(UUID sourceId, boolean busy) {
        var source = own(sourceId);
        store.setBusy(source.id(), busy);
        changes.changed(source.userId(), LiveUpdates.currentUiKey(), true);
        return view(store.source(source.id()).orElseThrow());
    }

    /** Makes the calendar the one that receives Helmsman's planned blocks (only one does), or none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CalendarSource setReceivesBlocks(UUID sourceId, boolean receives) {
        var source = own(sourceId);
        if (receives && !source.writable()) {
            throw new CalendarInputException("Helmsman can only write its blocks into a Google or Outlook calendar you may edit.");
        }
        store.setReceivesBlocks(source.userId(), source.id(), receives);
        changes.changed(source.userId(), LiveUpdates.currentUiKey(), false);
        return view(store.source(source.id()).orElseThrow());
    }

    /**
     * Syncs the calendar now, whatever its schedule; returns what happened in one sentence. An imported file does
     * not change: it answers so.
     */
    @PreAuthorize("isAuthenticated()")
    public String syncNow(UUID sourceId) {
        var source = transactions.execute(s -> own(sourceId));
        if (source.kind() == SourceKind.ICS_FILE) {
            return "An imported file does not change. Import it again to update it.";
        }
        var result = engine.syncNow(source.id(), LiveUpdates.currentUiKey());
        var after = store.source(source.id()).map(CalendarService::view).orElseThrow(CalendarSourceNotFoundException::new);
        return switch (result) {
            case SYNCED -> after.name() + " is up to date: " + after.eventCount() + (after.eventCount() == 1 ? " event." : " events.");
            case ALREADY_SYNCING -> after.name() + " is being synced right now.";
            case FAILED -> after.name() + " could not be synced: " + (after.lastError() == null ? "try again later." : after.lastError());
        };
    }

    /** Removes the calendar with its events (the provider's calendar itself is not touched). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(UUID sourceId) {
        var source = own(sourceId);
        store.deleteSource(source.id());
        changes.changed(source.userId(), LiveUpdates.currentUiKey(), true);
    }

    /**
     * Imports an .ics file as a read-only calendar, all or nothing.
     *
     * @param fileName shown as the calendar's name (without ".ics")
     * @throws CalendarInputException with the reason when the file is too large, invalid or holds too many events
     */
    @PreAuthorize("isAuthenticated()")
    public CalendarSource importFile(String fileName, InputStream content) {
        requireEnabled();
        var owner = signedIn.requireId();
        var name = name(fileName == null ? "" : fileName.replaceFirst("(?i)\\.ics$", ""), "Imported calendar");
        var now = clock.instant();
        List<app.helmsman.calendar.internal.spi.ExternalEvent> read;
        try {
            read = new IcsReader(settings.maxIcsBytes(), settings.maxOccurrences())
                    .read(content, zones.zoneOf(owner), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(90)));
        } catch (IcsException e) {
            throw new CalendarInputException(e.getMessage());
        }
        var id = transactions.execute(s -> {
            checkRoom(owner);
            var sourceId = store.insertSource(owner, SourceKind.ICS_FILE, null, "file:" + UUID.randomUUID(), name, true, false, now, null);
            store.apply(owner, sourceId, new SyncBatch(true, read, List.of(), null));
            store.recordSuccess(sourceId, now, null, null);
            changes.changed(owner, LiveUpdates.currentUiKey(), true);
            return sourceId;
        });
        return view(store.source(id).orElseThrow());
    }

    /**
     * Subscribes to an ICS address (http, https or webcal): it is fetched at once, and the subscription is kept only
     * when that worked; then it is fetched again every few minutes.
     *
     * @throws CalendarInputException with the reason (address refused, not a calendar, unreachable)
     */
    @PreAuthorize("isAuthenticated()")
    public CalendarSource subscribe(String name, String address) {
        requireEnabled();
        var owner = signedIn.requireId();
        var uri = address(address);
        var now = clock.instant();
        var synchronizer = synchronizers.stream().filter(s -> s.handles(SourceKind.ICS_URL)).findFirst().orElseThrow();
        SyncBatch batch;
        try {
            batch = synchronizer.fetch(new SyncRequest(null, owner, null, SourceKind.ICS_URL, uri.toString(), null, now.minus(Duration.ofDays(30)),
                    now.plus(Duration.ofDays(90))));
        } catch (SyncFailure e) {
            throw new CalendarInputException(e.getMessage());
        }
        var label = name(name, uri.getHost());
        var id = transactions.execute(s -> {
            checkRoom(owner);
            var next = now.plus(settings.syncInterval());
            var sourceId = store.insertSource(owner, SourceKind.ICS_URL, null, uri.toString(), label, true, false, now, next);
            store.apply(owner, sourceId, batch);
            store.recordSuccess(sourceId, now, next, batch.nextCursor());
            changes.changed(owner, LiveUpdates.currentUiKey(), true);
            return sourceId;
        });
        return view(store.source(id).orElseThrow());
    }

    /**
     * The person's events on the days {@code [from, to]} (their zone), for Today and Upcoming: every calendar, not
     * declined ones, not Helmsman's own blocks; an event over several days is listed on each. Empty while off.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgendaEvent> agenda(LocalDate from, LocalDate to) {
        if (!enabled() || to.isBefore(from)) {
            return List.of();
        }
        if (to.isAfter(from.plusDays(62))) {
            throw new CalendarInputException("Ask for at most two months of events at once.");
        }
        var owner = signedIn.requireId();
        var zone = zones.zoneOf(owner);
        var result = new ArrayList<AgendaEvent>();
        for (var event : store.events(owner, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), false)) {
            boolean allDay = event.allDayStart() != null;
            var first = allDay ? event.allDayStart() : event.start().atZone(zone).toLocalDate();
            var last = allDay ? event.allDayEnd().minusDays(1)
                    : (event.end().isAfter(event.start()) ? event.end().minusNanos(1) : event.end()).atZone(zone).toLocalDate();
            for (var day = first.isBefore(from) ? from : first; !day.isAfter(last) && !day.isAfter(to); day = day.plusDays(1)) {
                result.add(new AgendaEvent(day, event.title(), event.start(), event.end(), allDay, event.calendar(), "FREE".equals(event.availability()),
                        "TENTATIVE".equals(event.availability())));
            }
        }
        result.sort(java.util.Comparator.comparing(AgendaEvent::day).thenComparing(e -> !e.allDay()).thenComparing(AgendaEvent::start));
        return result;
    }

    /** Whether the person has a private feed, and since when. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> feedCreatedAt() {
        return store.feedCreatedAt(signedIn.requireId());
    }

    /** Makes a new private feed address (the old one stops working at once); returns it, to be shown now only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String regenerateFeed() {
        requireEnabled();
        var token = FeedTokens.newToken();
        store.saveFeedToken(signedIn.requireId(), FeedTokens.hash(token), clock.instant());
        return baseUrl + "/calendar/feed/" + token + ".ics";
    }

    /** Turns the private feed off: its address stops working at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeFeed() {
        store.deleteFeedToken(signedIn.requireId());
    }

    /**
     * Sends a task with a do date, a time and an estimate to the calendar as one block (the feed shows it, and the
     * calendar that receives blocks gets it); sending it again moves that one block. Returns what happened.
     *
     * @throws CalendarInputException when the task lacks a do date, a time or an estimate
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String addToCalendar(UUID taskId) {
        requireEnabled();
        var task = tasks.get(taskId);
        if (task.doDate() == null || task.doTime() == null || task.estimateMinutes() == null || task.estimateMinutes() <= 0) {
            throw new CalendarInputException("Give the task a do date, a time and an estimate first.");
        }
        var owner = signedIn.requireId();
        var zone = zones.zoneOf(owner);
        var start = ZonedDateTime.of(task.doDate(), task.doTime(), zone).toInstant();
        var block = new PlannedBlock(taskBlockId(owner, taskId), taskId, task.title(), start, start.plus(Duration.ofMinutes(task.estimateMinutes())), true,
                "Added from the task");
        mirror.upsertBlock(owner, task.doDate(), block);
        events.publishEvent(new WriteBack.BlockAdded(owner, block));
        var target = store.sourcesOf(owner).stream().filter(s -> s.receivesBlocks() && s.writable()).findFirst();
        return target.map(s -> "Added to " + s.name() + " and to your Helmsman feed.").orElse("Added to your Helmsman feed.");
    }

    /** The block id of a task a person sent to the calendar: the same for the same person and task, so sending twice never duplicates. */
    static UUID taskBlockId(UUID owner, UUID taskId) {
        return UUID.nameUUIDFromBytes(("helmsman-task-block:" + owner + ":" + taskId).getBytes(StandardCharsets.UTF_8));
    }

    private CalendarStore.Source own(UUID sourceId) {
        requireEnabled();
        return store.sourceOf(signedIn.requireId(), sourceId).orElseThrow(CalendarSourceNotFoundException::new);
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new CalendarInputException(OFF);
        }
    }

    private void checkRoom(UUID owner) {
        if (store.countSources(owner) >= MAX_SOURCES) {
            throw new CalendarInputException("You have " + MAX_SOURCES + " calendars, the most Helmsman keeps. Remove one first.");
        }
    }

    private URI address(String address) {
        var text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            throw new CalendarInputException("Enter the calendar's address.");
        }
        if (text.length() > MAX_URL) {
            throw new CalendarInputException("The address is longer than " + MAX_URL + " characters.");
        }
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new CalendarInputException("This is not a web address: " + e.getReason() + ".");
        }
        try {
            addresses.check(uri);
        } catch (IllegalArgumentException e) {
            throw new CalendarInputException(e.getMessage());
        }
        return uri;
    }

    private static String name(String given, String fallback) {
        var name = given == null ? "" : given.replace("\0", "").strip();
        if (name.isEmpty()) {
            name = fallback == null || fallback.isBlank() ? "Calendar" : fallback;
        }
        if (name.length() > MAX_NAME) {
            throw new CalendarInputException("The name is longer than " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static CalendarSource view(CalendarStore.Source source) {
        var address = switch (source.kind()) {
            case ICS_URL -> source.externalId();
            case ICS_FILE -> "";
            default -> source.kind().name().charAt(0) + source.kind().name().substring(1).toLowerCase(Locale.ROOT);
        };
        return new CalendarSource(source.id(), source.kind(), source.name(), address, source.countsAsBusy(), source.receivesBlocks(), source.writable(),
                source.state(), source.lastSuccess(), source.lastError(), source.eventCount());
    }
}
