/**
 * The ops console for admins (issue 16): users, feature flags, the audit log, jobs, health, live metrics and
 * the maintenance banner. Every route needs the ADMIN role, and so does every service method; every admin
 * action writes an audit row.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin", allowedDependencies = {"accounts", "calendar", "live", "platform", "shared"})
package app.helmsman.admin;
