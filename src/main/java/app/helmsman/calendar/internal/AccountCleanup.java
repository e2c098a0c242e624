package app.helmsman.calendar.internal;

import app.helmsman.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes a deleted account's calendars, events, block mappings, planned-block mirror and feed token, in the
 * deleting transaction (the database would cascade too; this says it on purpose). Provider connections listen
 * themselves and revoke their grants.
 */
@Component
class AccountCleanup {

    private final CalendarStore store;

    AccountCleanup(CalendarStore store) {
        this.store = store;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        store.deleteEverythingOf(deleted.userId());
    }
}
