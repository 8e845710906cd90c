package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs before the patch is applied: before its patching transition starts, for each target class
 * (the kernel's {@code pre_patch} callback, per {@code klp_object}). It may refuse: if it throws,
 * or returns {@code false} when declared {@code boolean}, the patch is not applied and nothing
 * changes.
 *
 * <p>On a {@code static} method of a {@link LivePatch} class that takes no parameters and returns
 * {@code void} (or {@code boolean}, for {@link PrePatch}). Callbacks run in the patch's copy for
 * each target class, so a target class loaded later gets its own callbacks when it loads, as a
 * kernel module does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PrePatch {
}
