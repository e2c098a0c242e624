/**
 * Runtime platform: the database (external via DATABASE_URL, or an embedded PostgreSQL for the local
 * default), fail-fast checks of required production settings, and shared HTTP hardening.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package app.helmsman.platform;
