/**
 * What every feature shares: the accessible app shell ({@code ui.MainLayout}), the polite live region
 * ({@code ui.Announcer}) and appearance preferences. Depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = {"live"}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.helmsman.shared;
