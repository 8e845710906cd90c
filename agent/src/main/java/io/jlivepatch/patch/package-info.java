/**
 * Reading patch jars and defining their replacement code.
 *
 * <h2>Concept</h2>
 * A patch jar holds classes annotated {@code @LivePatch}; their {@code static} methods annotated
 * {@code @Redirect} are the replacements. {@link io.jlivepatch.patch.PatchJar} reads a jar into
 * {@link io.jlivepatch.patch.PatchDefinition}s from the class bytes alone, loading nothing, so a
 * bad jar is refused before anything changes. {@link io.jlivepatch.patch.PatchCode} defines a
 * patch's code (the patch class and every class of its jar it reaches) as ordinary classes, in a
 * class loader of its own under the target's, so that whatever javac writes works; an
 * instruction that reaches a member outside its runtime package that it could not otherwise
 * (private, package-private) goes through an {@code invokedynamic} of a copy of
 * {@link io.jlivepatch.patch.PatchAccess}. {@link io.jlivepatch.patch.Replacements} binds the
 * handles the trampoline runs.
 *
 * <h2>Limits</h2>
 * The code is defined once per target class loader, so static state in a patch's classes is per
 * class loader (usually one). A constructor that is not public, or a class that is not public in
 * a type instruction, cannot be reached from patch code, and a patch that uses one is refused.
 */
package io.jlivepatch.patch;
