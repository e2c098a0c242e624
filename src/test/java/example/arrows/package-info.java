/**
 * A three-module example for {@code app.helmsman.ModularityTests}: {@code alpha} declares that it may use
 * {@code gamma} only, and also uses {@code beta}, the arrow that must be reported.
 */
package example.arrows;
