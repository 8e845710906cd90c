package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A system state a patch changes, declared in {@link LivePatch#states()}: the kernel's
 * {@code struct klp_state} ({@code Documentation/livepatch/system-state.rst}). A state is
 * something the patch's callbacks or shadow variables change beyond its code (a setting, a
 * format, data it adds), which a later patch must keep handling.
 *
 * <p>A patch is enabled only when it is compatible with the enabled patches: for every state of
 * theirs, it declares that state with a version as high or higher; a patch that is not
 * cumulative may leave out a state it does not touch, a cumulative one may not (it would drop
 * it). At run time, {@link SystemState} gives each declared state's version and data, and the
 * state the previous patch left.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface State {

    /** Which state: a number the patches that handle it agree on; not 0. */
    long id();

    /** The version of the state this patch makes: a later patch may not lower it. */
    int version() default 1;
}
