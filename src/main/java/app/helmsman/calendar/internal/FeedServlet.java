package app.helmsman.calendar.internal;

import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.CalendarSettings;
import app.helmsman.calendar.internal.ics.IcsWriter;
import app.helmsman.platform.FeatureFlags;
import app.helmsman.tasks.DatedTasks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The private ICS feed, {@code /calendar/feed/{token}.ics}: no session, no cookie; the secret token (only its
 * hash is stored) names the person. Serves their planned blocks and dated tasks from 30 days back to 90 ahead, in
 * UTC. Unknown or revoked tokens get 404; a token asking too often ({@link FeedRateLimit}) gets 429 with Retry-After.
 */
final class FeedServlet extends HttpServlet {

    static final String PATH = "/calendar/feed/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarStore store;
    private final BlockMirror mirror;
    private final DatedTasks tasks;
    private final UserTimeZones zones;
    private final FeatureFlags flags;
    private final CalendarSettings settings;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final FeedRateLimit rateLimit;

    FeedServlet(CalendarStore store, BlockMirror mirror, DatedTasks tasks, UserTimeZones zones, FeatureFlags flags, CalendarSettings settings, Clock clock,
                TransactionTemplate readOnly, FeedRateLimit rateLimit) {
        this.store = store;
        this.mirror = mirror;
        this.tasks = tasks;
        this.zones = zones;
        this.flags = flags;
        this.settings = settings;
        this.clock = clock;
        this.readOnly = readOnly;
        this.rateLimit = rateLimit;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (!flags.enabled(FeatureFlags.Flag.CALENDAR_INTEGRATION) || !path.endsWith(".ics") || !TOKEN.matcher(path.substring(0, path.length() - 4)).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var hash = FeedTokens.hash(path.substring(0, path.length() - 4));
        var now = clock.instant();
        if (!rateLimit.allowed(hash, now)) {
            response.setHeader("Retry-After", String.valueOf(Duration.between(now, FeedRateLimit.hourOf(now).plus(Duration.ofHours(1))).toSeconds() + 1));
            response.sendError(429);
            return;
        }
        var body = readOnly.execute(s -> store.feedOwner(hash).map(owner -> feed(owner, now)).orElse(null));
        if (body == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"helmsman.ics\"");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private String feed(java.util.UUID owner, Instant now) {
        var zone = zones.zoneOf(owner);
        var today = now.atZone(zone).toLocalDate();
        var from = today.minusDays(30);
        var to = today.plusDays(90);
        var writer = new IcsWriter("Helmsman", now);
        var blockedTasks = new HashSet<String>();
        for (var block : mirror.blocks(owner, from, to)) {
            writer.event("block-" + block.blockId() + "@helmsman", block.title(), block.start(), block.end(), "Planned in Helmsman", block.blockId());
            if (block.taskId() != null) {
                blockedTasks.add(block.taskId() + "/" + block.day());
            }
        }
        for (var task : tasks.of(owner, from, to, 5000)) {
            if (blockedTasks.contains(task.id() + "/" + task.doDate())) {
                continue;
            }
            if (task.doTime() == null) {
                writer.allDay("task-" + task.id() + "@helmsman", task.title(), task.doDate(), "A task in Helmsman");
            } else {
                var start = ZonedDateTime.of(task.doDate(), task.doTime(), zone).toInstant();
                var minutes = task.estimateMinutes() == null || task.estimateMinutes() <= 0 ? 30 : task.estimateMinutes();
                writer.event("task-" + task.id() + "@helmsman", task.title(), start, start.plus(Duration.ofMinutes(minutes)), "A task in Helmsman", null);
            }
        }
        return writer.finish();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ServletRegistrationBean<FeedServlet> calendarFeedServlet(CalendarStore store, BlockMirror mirror, DatedTasks tasks, UserTimeZones zones, FeatureFlags flags,
                                                                 CalendarSettings settings, Clock clock,
                                                                 org.springframework.transaction.PlatformTransactionManager transactions,
                                                                 FeedRateLimit feedRateLimit) {
            var readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            var registration = new ServletRegistrationBean<>(new FeedServlet(store, mirror, tasks, zones, flags, settings, clock, readOnly, feedRateLimit),
                    PATH + "*");
            registration.setName("calendarFeed");
            registration.setLoadOnStartup(-1);
            return registration;
        }

        @Bean
        FeedRateLimit feedRateLimit(CalendarSettings settings) {
            return new FeedRateLimit(settings.feedRequestsPerHour(), settings.redisUrl());
        }
    }
}
