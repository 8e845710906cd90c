package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code static} method of a {@link LivePatch} class as the replacement of one target
 * method: the kernel's {@code klp_func}. While the patch is enabled, every call of the target
 * runs the replacement instead.
 *
 * <p>The replacement of an instance method takes the receiver as its first parameter, then the
 * target's parameters; the replacement of a static method takes the target's parameters. The
 * return types must match. The replacement's exceptions reach the caller unchanged.
 *
 * <p>Replacement code runs as a nestmate of the target class, so it may use the target's private
 * members at the bytecode level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Redirect {

    /** Binary name of the class that declares the target method, e.g. {@code com.acme.Pricing$Rules}. */
    String type();

    /** Name of the target method. */
    String method();

    /**
     * JVM descriptor of the target method, e.g. {@code (I)I}. Empty means: derived from the
     * replacement's parameters and return type, dropping the receiver when the target is an
     * instance method.
     */
    String descriptor() default "";

    /**
     * The fingerprint of the target's bytecode that this replacement was written for, as
     * {@code jlivepatch build} writes it ({@code sha256:} and 64 hex digits): a load refuses the
     * patch when the running method's original bytecode has another one, since the replacement
     * was then made for other code. Empty (the default) checks nothing. Line numbers, local
     * variable names, frames and the constant pool's order do not count.
     */
    String fingerprint() default "";
}
