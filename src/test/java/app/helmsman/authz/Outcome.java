package app.helmsman.authz;

import app.helmsman.accounts.AccountValidationException;
import app.helmsman.focus.FocusValidationException;
import app.helmsman.planner.ReflectionRejectedException;
import app.helmsman.tasks.NotAllowedException;
import app.helmsman.tasks.NotFoundException;
import app.helmsman.tasks.TaskValidationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** What happened when one person called one service method. */
enum Outcome {
    /** Returned normally. */
    ALLOWED,
    /** Returned normally and changed nothing the owner sees (e.g. undo skips tasks that are not the person's). */
    NO_EFFECT,
    /** Spring Security refused the call itself ({@code @PreAuthorize}). */
    DENIED,
    /** The person may see it but not do this ({@link NotAllowedException}). */
    NOT_ALLOWED,
    /** Answered like an unknown id ({@link NotFoundException}). */
    NOT_FOUND,
    /** Refused with a message about the input (a validation exception): past every access check. */
    INVALID;

    /** The outcome of a call that threw; anything not listed is a bug and is rethrown. */
    static Outcome of(Throwable thrown) {
        var cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case AccessDeniedException e -> DENIED;
            case AuthenticationException e -> DENIED;
            case NotAllowedException e -> NOT_ALLOWED;
            case NotFoundException e -> NOT_FOUND;
            case TaskValidationException e -> INVALID;
            case AccountValidationException e -> INVALID;
            case app.helmsman.planner.PlanBlockNotFoundException e -> NOT_FOUND;
            case app.helmsman.planner.PlannerValidationException e -> INVALID;
            case FocusValidationException e -> INVALID;
            case ReflectionRejectedException e -> INVALID;
            default -> throw new AssertionError("Unexpected " + cause, cause);
        };
    }
}
