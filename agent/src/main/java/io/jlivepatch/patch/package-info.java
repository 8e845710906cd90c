/**
 * Reading patch jars and defining their replacement code.
 *
 * <h2>Concept</h2>
 * A patch jar holds classes annotated {@code @LivePatch}; their {@code static} methods annotated
 * {@code @Redirect} are the replacements. {@link io.jlivepatch.patch.PatchJar} reads a jar into
 * {@link io.jlivepatch.patch.PatchDefinition}s from the class bytes alone, loading nothing, so a
 * bad jar is refused before anything changes. {@link io.jlivepatch.patch.PatchCode} defines a
 * patch's code (the patch class and every class of its jar it reaches) in a target's package,
 * by the target's class loader, as ordinary classes, so that whatever javac writes works; an
 * instruction that reaches a private member goes through an {@code invokedynamic} of a copy of
 * {@link io.jlivepatch.patch.PatchAccess}. {@link io.jlivepatch.patch.Replacements} binds the
 * handles the trampoline runs.
 *
 * <h2>Limits</h2>
 * The code is defined once per target package and class loader, so static state in a patch's
 * classes is per package; classes defined into an application's class loader stay as long as
 * it does (each load defines new names). A private constructor cannot be reached from patch
 * code, and a patch that calls one is refused. Reflection on a patch class by its jar name finds
 * nothing: the classes are renamed.
 */
package io.jlivepatch.patch;
