/**
 * Reading patch jars and defining their replacement code.
 *
 * <h2>Concept</h2>
 * A patch jar holds classes annotated {@code @LivePatch}; their {@code static} methods annotated
 * {@code @Redirect} are the replacements. {@link io.jlivepatch.patch.PatchJar} reads a jar into
 * {@link io.jlivepatch.patch.PatchDefinition}s from the class bytes alone, loading nothing, so a
 * bad jar is refused before anything changes. {@link io.jlivepatch.patch.Replacements} defines
 * the replacement code for one target class as a hidden class that is a nestmate of the target,
 * so replacement code has the target's private access.
 *
 * <h2>Limits</h2>
 * Each target class gets its own hidden copy of the patch class (renamed into the target's
 * package, as hidden classes must be), so a patch class's static state is per target class. A
 * patch class may use the application, the JDK and its own members; a reference to another class
 * of the patch jar is refused at load, since the hidden copy resolves names through the target's
 * class loader, which does not see the jar.
 */
package io.jlivepatch.patch;
