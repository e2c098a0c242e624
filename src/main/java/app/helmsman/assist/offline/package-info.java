/**
 * The offline extractor and breakdown helper: deterministic plain Java, no Spring and no network, so they work
 * without an AI provider and serve as its fallback. {@link app.helmsman.assist.offline.OfflineExtractor} turns a
 * brain dump into {@link app.helmsman.assist.offline.ProposedTask proposals};
 * {@link app.helmsman.assist.offline.OfflineBreakdown} splits compound task titles into steps.
 */
@org.springframework.modulith.NamedInterface("offline")
package app.helmsman.assist.offline;
