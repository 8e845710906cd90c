package io.jlivepatch.internal;

import java.lang.reflect.Method;
import java.util.function.Predicate;

/**
 * Whether a class is not initialised yet ({@code jdk.internal.misc.Unsafe.shouldBeInitialized}).
 * The agent loads this class into a module of its own, in a layer of its own, and exports the
 * JDK's package to that module alone (see {@code io.jlivepatch.transition.InternalModule}): the
 * agent's own classes share the application's unnamed module on the system class path, and an
 * export to them would be one to the application too, which libraries notice (Netty, for one,
 * switches to the JDK's internal {@code Unsafe} when it can reach it). It answers this one
 * question and nothing else. Unit tests, which export the package on the command line, load it
 * as any class.
 */
public final class ClassInitState implements Predicate<Class<?>> {

    private final Object unsafe;
    private final Method shouldBeInitialized;

    public ClassInitState() throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("jdk.internal.misc.Unsafe", false, null);
        unsafe = unsafeClass.getMethod("getUnsafe").invoke(null);
        shouldBeInitialized = unsafeClass.getMethod("shouldBeInitialized", Class.class);
    }

    /** Whether {@code c} is not initialised yet (or is being initialised); {@code false} if it cannot tell. */
    @Override
    public boolean test(Class<?> c) {
        try {
            return (Boolean) shouldBeInitialized.invoke(unsafe, c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
