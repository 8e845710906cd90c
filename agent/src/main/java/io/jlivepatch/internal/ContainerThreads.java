package io.jlivepatch.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The threads of the JDK's thread containers ({@code jdk.internal.vm}, JDK 21+): the root
 * container and every container below it, executors' and structured scopes' included. Loaded
 * into the agent's own module, to which alone the package is exported (see
 * {@link ClassInitState}); the agent asks it through {@link Function}, a type both sides know.
 * Nothing is initialised by its construction: the containers read {@code jdk.trackAllThreads}
 * when they are, and an application may set it in its {@code main}, after the agent started.
 */
public final class ContainerThreads implements Function<Predicate<Thread>, List<Thread>> {

    private final Method root;
    private final Method children;
    private final Method threads;

    public ContainerThreads() throws ReflectiveOperationException {
        Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers", false, null);
        Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer", false, null);
        root = containers.getMethod("root");
        children = container.getMethod("children");
        threads = container.getMethod("threads");
    }

    /**
     * Every thread of every container that {@code keep} accepts.
     *
     * @throws IllegalStateException when the walk failed (a container that closed under its
     *     feet): the caller must walk again, not trust a part
     */
    @Override
    public List<Thread> apply(Predicate<Thread> keep) {
        List<Thread> found = new ArrayList<>();
        try {
            collect(root.invoke(null), keep, found);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the walk of the thread containers failed", e);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private void collect(Object container, Predicate<Thread> keep, List<Thread> found)
            throws IllegalAccessException, InvocationTargetException {
        try (Stream<Thread> s = (Stream<Thread>) threads.invoke(container)) {
            for (Thread t : (Iterable<Thread>) s::iterator) {
                if (keep.test(t)) {
                    found.add(t);
                }
            }
        }
        List<Object> kids;
        try (Stream<Object> s = (Stream<Object>) children.invoke(container)) {
            kids = s.toList();
        }
        for (Object child : kids) {
            collect(child, keep, found);
        }
    }
}
