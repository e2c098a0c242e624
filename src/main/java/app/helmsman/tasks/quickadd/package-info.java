/**
 * Quick add: turns one line such as {@code Call mom tomorrow 3pm ~15m !1 #family +Home @low} into a
 * {@link app.helmsman.tasks.quickadd.ParsedTask} with the recognised parts and their source spans, so a
 * view can show them as dismissible chips. Plain Java without Spring; the assist module reuses it.
 */
@org.springframework.modulith.NamedInterface("quickadd")
package app.helmsman.tasks.quickadd;
