/**
 * Accounts: local and OAuth2/OIDC (Google, Microsoft) sign-in, roles, persistent logins that survive a
 * pod's death, login throttling, first-run admin setup, and each person's settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"live", "platform", "shared"})
package app.helmsman.accounts;
