package app.helmsman.authz;

/**
 * The people the authorization matrix calls every service method as. The owner created a project and shares
 * it with the viewer and the editor; the other person and the admin are not members.
 */
enum Who {
    ANONYMOUS, OTHER, VIEWER, EDITOR, OWNER, ADMIN
}
