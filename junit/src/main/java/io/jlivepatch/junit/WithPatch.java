package io.jlivepatch.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A patch that is loaded and enabled for a test class or a test method, then disabled and
 * unloaded, like BMUnit's {@code @BMScript}. Give exactly one of {@link #value()}, {@link #names()}
 * and {@link #jar()}. On a method it holds for that test; on a class, for the whole class or for
 * each test, as {@link #scope()} says. Class patches are loaded before method patches, each in
 * the order written, and unloaded in the reverse order.
 *
 * <p>The patch runs as the agent's own copy of its classes, defined in the patch's class loader
 * as in production, not as the test's class path copy: a static field the patch writes is not the
 * one the test sees. Check what the patched code answers, or what the patch leaves where the
 * application can see it (a shadow variable, a field of an application object).
 */
@Documented
@Inherited
@Repeatable(WithPatches.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LivePatchExtension.class)
@ResourceLock(LivePatchExtension.AGENT)
public @interface WithPatch {

    /**
     * Patch classes of the test class path, packed into a patch jar at test time: each class
     * with the other classes javac wrote from its source file (nested classes, package-private
     * classes beside it). List a helper class of another source file whose non-public
     * constructor or type the patch uses: patch code cannot reach those outside its jar.
     */
    Class<?>[] value() default {};

    /** Patch classes by binary name, for classes that the test does not compile against. */
    String[] names() default {};

    /**
     * A patch jar: a path, relative to the working directory (the module's directory under
     * Maven), or {@code classpath:} and the name of a resource of the test class path.
     */
    String jar() default "";

    /** On a class: loaded once for the class ({@code CLASS}) or for each of its tests ({@code TEST}). */
    Scope scope() default Scope.CLASS;

    /** How long a patch named on a class stays. */
    enum Scope {
        /** From before the class's first test to after its last. */
        CLASS,
        /** Around each test of the class, as if the annotation were on each test method. */
        TEST
    }
}
