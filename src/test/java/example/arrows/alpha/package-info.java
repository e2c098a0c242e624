/** Uses gamma (declared) and beta (not declared). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"gamma"})
package example.arrows.alpha;
