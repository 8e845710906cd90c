package io.jlivepatch.internal;

import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;

/**
 * Whether the JDK tracks the virtual threads started directly ({@code jdk.internal.vm.ThreadContainers.trackAllThreads()},
 * JDK 21 to 25): what it decided when its containers were initialised, which asking initialises
 * if nothing has yet. In the agent's own module, as {@link ContainerThreads} is; constructing
 * it initialises nothing.
 */
public final class TrackAllThreads implements BooleanSupplier {

    private final Method trackAllThreads;

    public TrackAllThreads() throws ReflectiveOperationException {
        trackAllThreads = Class.forName("jdk.internal.vm.ThreadContainers", false, null).getMethod("trackAllThreads");
    }

    /** @throws IllegalStateException when it cannot be asked */
    @Override
    public boolean getAsBoolean() {
        try {
            return (Boolean) trackAllThreads.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot ask the thread containers", e);
        }
    }
}
