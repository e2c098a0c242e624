/**
 * The ops console for admins: users now; health, live metrics, feature flags, audit log and sync jobs
 * as those features arrive. Every route needs the ADMIN role, and so does every service method.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin", allowedDependencies = {"accounts"})
package app.helmsman.admin;
