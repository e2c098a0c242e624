package app.helmsman.platform;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AI usage per calendar day in UTC, shared by every replica and kept across restarts (the ops console's "AI today"):
 * the assist module adds each answered provider call, the admin module reads a day. One upsert of one row per call,
 * in its own short transaction, so a caller's rollback does not lose a call that was paid for and a failure here
 * never fails the caller. Reads are not checked: the admin module's service is the only caller and checks the role.
 */
@Component
public class AiUsageDaily {

    /** One day's totals. */
    public record Day(LocalDate day, long requests, long tokens, double costUsd) {
    }

    private static final Logger log = LoggerFactory.getLogger(AiUsageDaily.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AiUsageDaily(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Today's date in UTC by the application's clock: the day this replica counts into now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Adds one answered provider call with its tokens and estimated cost to today (UTC); logs and goes on when it cannot. */
    public void add(long tokens, double costUsd) {
        var day = today();
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("""
                    insert into ai_usage_daily (day, requests, tokens, cost_usd) values (?, 1, ?, ?)
                    on conflict (day) do update set requests = ai_usage_daily.requests + 1, tokens = ai_usage_daily.tokens + excluded.tokens,
                    cost_usd = ai_usage_daily.cost_usd + excluded.cost_usd""", day, Math.max(0, tokens), BigDecimal.valueOf(Math.max(0, costUsd))));
        } catch (DataAccessException | org.springframework.transaction.TransactionException e) {
            log.warn("AI usage of {} not counted ({})", day, e.getMessage());
        }
    }

    /** The totals of one day; zeros for a day without calls. */
    public Day on(LocalDate day) {
        return jdbc.query("select requests, tokens, cost_usd from ai_usage_daily where day = ?",
                rows -> rows.next() ? new Day(day, rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3).doubleValue()) : new Day(day, 0, 0, 0), day);
    }
}
