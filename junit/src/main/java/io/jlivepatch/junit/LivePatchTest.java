package io.jlivepatch.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that live-patches its own JVM: the jlivepatch agent is installed before its first
 * test (self-attach, once per JVM), its {@link WithPatch} patches are loaded and enabled for the
 * class or for each test, and its tests may take a {@link LivePatches} parameter to load, enable,
 * disable and unload patches themselves and to read the lifecycle transcript and the
 * not-watching counters. Whatever a test or the class loaded is disabled and unloaded after it,
 * and the extension then checks that no transition is left in flight.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LivePatchExtension.class)
@ResourceLock(LivePatchExtension.AGENT)
public @interface LivePatchTest {

    /**
     * The agent's arguments, as after {@code -javaagent:jlivepatch.jar=} (for example
     * {@code not-watching=warn,transition-timeout=5}). They apply when the agent starts, once per
     * JVM: a class that asks for other arguments than the ones the agent started with fails,
     * saying so; give it a JVM of its own (Surefire's {@code reuseForks=false}). A class that asks
     * for none (and a {@code @Nested} class, which has its enclosing class's) takes the agent as
     * it runs.
     */
    String agent() default "";
}
