package app.helmsman.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit log: who ({@code actorId}, {@code actorEmail}; null for an anonymous caller or the
 * system), did what ({@code action}, e.g. {@code sign-in.failed}), to what ({@code target}), with what detail,
 * from where ({@code remoteAddress}, null when not in a request).
 */
public record AuditEntry(long id, Instant at, UUID actorId, String actorEmail, String action, String target, String detail, String remoteAddress) {
}
