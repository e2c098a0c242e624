package app.helmsman.authz;

import java.util.Map;
import java.util.UUID;

/**
 * The data one matrix call works on, created afresh for every call: the owner's project {@code project}
 * shared with the viewer and the editor, with the owner's tasks {@code task} (which has the subtask
 * {@code subtask}), {@code blocker} and {@code trashed} (in the trash) in it; the owner's private task (which
 * {@code task} waits for), area and tag; the owner's {@code invitation} of the other person to a second project; and the people's ids and emails. Names in the project contain "zephyr",
 * the owner's private names "quokka", so that an answer can be searched for what the person may not read.
 *
 * @param taskVersion the version of {@code task} as created, for calls that need one
 */
record World(Map<Who, UUID> ids, Map<Who, String> emails, UUID project, UUID task, long taskVersion, UUID subtask, UUID blocker,
             UUID trashed, UUID privateTask, UUID area, UUID tag, UUID invitation, String unique) {

    UUID id(Who who) {
        return ids.get(who);
    }

    String email(Who who) {
        return emails.get(who);
    }

    /** An email address no account has yet. */
    String newEmail() {
        return "new-" + unique + "@example.com";
    }
}
