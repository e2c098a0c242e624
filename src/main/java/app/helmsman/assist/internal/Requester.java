package app.helmsman.assist.internal;

import app.helmsman.assist.offline.Vocabulary;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;

/**
 * What an assist request knows about the person who made it, read on the caller's thread before going async.
 *
 * @param userId the signed-in person
 * @param now the current time in their time zone
 * @param vocabulary their project and tag names
 * @param securityContext their security context, set on the worker thread that serves the request
 */
public record Requester(UUID userId, ZonedDateTime now, Vocabulary vocabulary, SecurityContext securityContext) {

    public Requester {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(securityContext, "securityContext");
    }
}
