/**
 * {@code jlivepatch build}: a patch jar made from two builds of an application, the kernel's
 * kpatch-build.
 *
 * <h2>Concept</h2>
 * {@link io.jlivepatch.build.PatchBuild} compares an old and a new build (jars or class
 * directories) class by class and method by method, by the
 * {@link io.jlivepatch.patch.Fingerprint} the load's guard uses too, and writes one
 * {@code @LivePatch} class (with a class of code per other package it patches): a replacement per
 * changed method, which is the new build's code with the receiver as its first parameter and
 * records the old method's fingerprint, a static helper per method the replacements need that the
 * running class lacks (new private or static methods, lambda bodies), and the classes only the
 * new build has.
 *
 * <h2>Invariants</h2>
 * It runs outside the target JVM and runs none of the code it reads: to check the patch as a load
 * does ({@link io.jlivepatch.patch.PatchCode}), it defines the old build's classes in a class
 * loader of its own and initialises none. A running lambda or anonymous class is matched with the
 * new build's by where it is made, never by javac's number alone. The patch's code for the
 * classes of a package lives in that package. Leaving a change out leaves out what uses it. What
 * a running JVM cannot take (a field, a constructor or class initialiser, the class hierarchy, a
 * signature or annotation other code depends on, an enum constant, a super call from a
 * replacement) or a load would refuse is refused with its reason, never approximated: a patch it
 * writes does in the old build what the new build does, for every method it replaces, or it is
 * not written. The same inputs write the same bytes.
 */
package io.jlivepatch.build;
