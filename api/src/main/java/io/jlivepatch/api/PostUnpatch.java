package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs after the unpatching transition completes and a grace period has passed, for each target
 * class (the kernel's {@code post_unpatch}); only if that class's {@link PrePatch} succeeded. An
 * exception is logged and ignored.
 *
 * <p>On a {@code static} method of a {@link LivePatch} class that takes no parameters and returns
 * {@code void}. Callbacks run in the patch's copy for each target class, so a target class loaded
 * later gets its own callbacks when it loads, as a kernel module does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PostUnpatch {
}
