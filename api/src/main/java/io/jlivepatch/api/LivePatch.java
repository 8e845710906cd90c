package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of a patch jar as a live patch: the {@code klp_patch} of the kernel. Its
 * {@code static} methods annotated {@link Redirect} are the replacement functions.
 *
 * <p>A patch jar holds one or more such classes; each is a patch of its own, known by its
 * {@link #id()}. An id is unique in a JVM: loading a second patch with an id that is already
 * loaded is refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LivePatch {

    /** The patch's name, unique in the JVM: letters, digits, {@code . _ -}. */
    String id();

    /** One line for people: what the patch fixes. */
    String description() default "";

    /**
     * A cumulative patch that replaces all the patches enabled before it (the kernel's atomic
     * replace): enabling it replaces every enabled patch in one transition; the methods only
     * those patches changed return to their original code, and the replaced patches end disabled.
     */
    boolean replace() default false;

    /**
     * What a call of this patch's methods does while its transition is in flight on a thread in a
     * {@link Quiescent} region, where reclamation is not tracking the thread: {@code watch},
     * {@code trylock}, {@code original}, {@code rollback} or {@code warn} (see the README). Empty:
     * the agent's {@code not-watching} argument, {@code watch} by default.
     */
    String notWatching() default "";

    /**
     * The ids of the {@link Shadow} variables the patch makes that the agent frees (without
     * destructors) when it unloads the patch. Empty: the patch frees its own, in its
     * {@code @PostUnpatch} callback with {@link Shadow#freeAll}, or keeps them.
     */
    long[] shadowIds() default {};

    /**
     * The system states the patch changes, each with its version (see {@link State}): a patch
     * that would drop a state the enabled patches declare, or lower its version, is not enabled
     * (and not loaded).
     */
    State[] states() default {};
}
