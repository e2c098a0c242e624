/**
 * Live updates: refresh hints that reach every open view of the people concerned, on this instance and,
 * with Redis, on every other one. Modules publish {@link app.helmsman.live.LiveHint}s; views subscribe
 * through {@link app.helmsman.live.LiveUpdates}. Depends on no other feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live", allowedDependencies = {})
package app.helmsman.live;
