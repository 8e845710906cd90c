/**
 * {@code jlivepatch build}: a patch jar made from two builds of an application, the kernel's
 * kpatch-build.
 *
 * <h2>Concept</h2>
 * {@link io.jlivepatch.build.PatchBuild} compares an old and a new build (jars or class
 * directories) class by class and method by method, by the
 * {@link io.jlivepatch.patch.Fingerprint} the load's guard uses too, and writes one
 * {@code @LivePatch} class: a replacement per changed method, which is the new build's code
 * with the receiver as its first parameter and records the old method's fingerprint, a static
 * helper per method the replacements need that the running class lacks (new private or static
 * methods, lambda bodies), and the classes only the new build has.
 *
 * <h2>Invariants</h2>
 * It runs outside the target JVM and loads none of the classes it reads. What a running JVM
 * cannot take (a field, a constructor or class initialiser, the class hierarchy, a signature or
 * annotation other code depends on, an enum constant, a super call from a replacement) is
 * refused with its reason, never approximated: a patch it writes does in the old build what the
 * new build does, for every method it replaces, or it is not written. The same inputs write the
 * same bytes.
 */
package io.jlivepatch.build;
