package app.helmsman.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module ({@code helmsman.calendar.*}).
 *
 * @param syncInterval how often a calendar is synced in the background (plus up to {@code syncJitter})
 * @param maxBackoff the longest wait after repeated temporary failures
 * @param maxIcsBytes the largest .ics file or subscription read
 * @param maxOccurrences the most events (occurrences within the window) one calendar may hold
 * @param fetchTimeout connect-to-last-byte time limit of one subscription fetch
 * @param allowLoopback lets subscriptions fetch from loopback addresses (tests only; private addresses stay refused)
 * @param feedRequestsPerHour requests one feed token may make per hour (shared by every replica through Redis, else per instance)
 * @param redisUrl the Redis that shares the feed's rate limit across replicas; empty: per instance
 */
@ConfigurationProperties("helmsman.calendar")
public record CalendarSettings(@DefaultValue("5m") Duration syncInterval, @DefaultValue("60s") Duration syncJitter,
                               @DefaultValue("6h") Duration maxBackoff, @DefaultValue("2097152") int maxIcsBytes,
                               @DefaultValue("5000") int maxOccurrences, @DefaultValue("15s") Duration fetchTimeout,
                               @DefaultValue("false") boolean allowLoopback, @DefaultValue("60") int feedRequestsPerHour,
                               @DefaultValue("") String redisUrl) {
}
