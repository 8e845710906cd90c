package io.jlivepatch.transition;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every virtual thread the JDK tracks, mounted or not: what {@link Thread#getAllStackTraces()}
 * leaves out. A virtual thread parked inside a changed method, which it entered before the
 * transition, must hold the transition like any other thread (DESIGN §6, obligation 5).
 *
 * <p>The JDK keeps its virtual threads in thread containers ({@code jdk.internal.vm}); the root
 * container tracks those started directly unless {@code -Djdk.trackAllThreads=false}, and
 * executors and structured scopes keep their own. Measured on JDK 25: walking 10,000 parked
 * virtual threads and taking their stacks takes about 0.2 s, done once per transition round.
 * The public alternative, {@code HotSpotDiagnosticMXBean.dumpThreads}, writes a file of strings
 * and was slower. The internal package is exported, through
 * {@link Instrumentation#redefineModule}, to a module of the agent's own alone
 * ({@link InternalModule}), whose {@code ContainerThreads} walks the containers; exported to the
 * agent's classes it would reach the application's unnamed module, which they share on the
 * system class path.
 *
 * <p>What remains unseen: with {@code jdk.trackAllThreads=false}, virtual threads started
 * directly (not by an executor or a scope). A virtual thread that has run a slow path is seen
 * anyway, through its record.
 */
final class VirtualThreads {

    /** {@code io.jlivepatch.internal.ContainerThreads}: the containers' threads that a filter keeps. */
    private final Function<Predicate<Thread>, List<Thread>> containerThreads;
    private final Method isVirtual;
    /**
     * The class every virtual thread is an instance of ({@code java.lang.BaseVirtualThread}, what
     * {@code Thread.isVirtual()} tests on JDK 21 and 25), or {@code null}: then {@link #isVirtual}
     * asks each thread. A round walks every platform thread too (the root container holds them),
     * and the reflective call per thread was the largest part of a round's own CPU time with 200
     * platform threads (about 1 ms of 4, interpreted); under a load that saturates the cores that
     * time is stretched many times over (issue 14).
     */
    private final Class<?> virtualClass;
    /**
     * Whether a class is not initialised yet ({@code io.jlivepatch.internal.ClassInitState}, in
     * a module of its own: {@link InternalModule}), or {@code null}: see {@link #noneEver}.
     */
    private final Predicate<Class<?>> uninitialised;
    /**
     * {@code io.jlivepatch.internal.TrackAllThreads}, or {@code null}: asked at the first
     * {@link #trackingAll}, not before.
     */
    private final BooleanSupplier trackAllThreads;
    /**
     * What {@link #trackingAll} found, once asked: the JDK's own decision, final once its
     * containers are initialised. A race computes the same value twice.
     */
    private volatile Boolean trackingAll;

    /**
     * Why the agent's own module could not be made, so that {@code jdk.internal.vm} was exported
     * to the agent's classes (and the application's unnamed module) instead; or {@code null}.
     */
    private final String withoutOwnModule;

    private VirtualThreads(Function<Predicate<Thread>, List<Thread>> containerThreads, Method isVirtual,
            Class<?> virtualClass, BooleanSupplier trackAllThreads, Predicate<Class<?>> uninitialised,
            String withoutOwnModule) {
        this.withoutOwnModule = withoutOwnModule;
        this.uninitialised = uninitialised;
        this.containerThreads = containerThreads;
        this.isVirtual = isVirtual;
        this.virtualClass = virtualClass;
        this.trackAllThreads = trackAllThreads;
    }

    /**
     * The enumeration, or {@code null} on a JDK without virtual threads or when it cannot link.
     * Without {@code inst}, only where the package is exported to the agent already (the unit
     * tests' {@code --add-exports}).
     */
    @SuppressWarnings("unchecked")
    static VirtualThreads open(Instrumentation inst) {
        if (Runtime.version().feature() < 21) {
            return null;
        }
        try {
            String[] why = new String[1];
            ClassLoader internal = internalLoader(inst, why);
            if (internal == null && !exportedToAgent("jdk.internal.vm")) {
                return null;
            }
            // Nothing is initialised here (found by review): the containers read
            // jdk.trackAllThreads when they are, and an application may set it in its main,
            // after the agent started.
            return new VirtualThreads(
                    (Function<Predicate<Thread>, List<Thread>>) InternalModule.instance(internal, "ContainerThreads"),
                    Thread.class.getMethod("isVirtual"), virtualClass(), trackAllThreads(internal),
                    uninitialised(internal), why[0] == null ? null
                            : "the agent's own module for the JDK's internals could not be made (" + why[0]
                                    + "): jdk.internal.vm is exported to the agent's classes, and so to the"
                                    + " application's unnamed module on the system class path");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The class loader of the agent's own module ({@link InternalModule}), or {@code null} for the
     * agent's own copies of its classes: without {@code inst}, and where the module cannot be made.
     * Then, as before the module, {@code jdk.internal.vm} is exported to the agent's classes, and
     * so to the application's unnamed module: a transition cannot do without the walk, and can
     * without knowing whether a class is initialised. Then {@code why[0]} says why, for the
     * agent's start to warn (found by review: it was silent).
     */
    private static ClassLoader internalLoader(Instrumentation inst, String[] why) {
        if (inst == null) {
            return null;
        }
        try {
            return InternalModule.load(inst);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            why[0] = e.toString();
            if (!exportedToAgent("jdk.internal.vm")) {
                inst.redefineModule(Object.class.getModule(), Set.of(),
                        Map.of("jdk.internal.vm", Set.of(VirtualThreads.class.getModule())), Map.of(), Set.of(), Map.of());
            }
            return null;
        }
    }

    private static boolean exportedToAgent(String pkg) {
        return Object.class.getModule().isExported(pkg, VirtualThreads.class.getModule());
    }
    /**
     * {@code java.lang.BaseVirtualThread}, where it is the class {@code Thread.isVirtual()} tests:
     * on JDK 21 to 25 that method is final and its whole body is an {@code instanceof} of it
     * (sealed, permitting {@code VirtualThread} and {@code ThreadBuilders.BoundVirtualThread}).
     * Checked without making a thread or initialising a class (a virtual thread made at the
     * agent's start would initialise {@code VirtualThread}, which on JDK 25 starts a thread of
     * its own and reads the application's scheduler settings before the application sets them:
     * found by review); another JDK, or another shape, falls back to the call.
     */
    static Class<?> virtualClass() {
        try {
            int feature = Runtime.version().feature();
            Class<?> c = Class.forName("java.lang.BaseVirtualThread", false, null);
            boolean shaped = feature >= 21 && feature <= 25 && c.getSuperclass() == Thread.class && c.isSealed()
                    && Modifier.isFinal(Thread.class.getMethod("isVirtual").getModifiers());
            return shaped ? c : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether {@link #isVirtual} tests the class rather than call the method; for the tests. */
    boolean testsClass() {
        return virtualClass != null;
    }

    /** Why the walk runs without the agent's own module (see {@link #internalLoader}), or {@code null}. */
    String withoutOwnModule() {
        return withoutOwnModule;
    }

    /** The name of the module the walk runs in; for the tests. */
    String walkModule() {
        return containerThreads.getClass().getModule().getName();
    }

    /** {@code t.isVirtual()}, without a reflective call where {@link #virtualClass} is known. */
    private boolean isVirtual(Thread t) throws ReflectiveOperationException {
        Class<?> c = virtualClass;
        return c != null ? c.isInstance(t) : (Boolean) isVirtual.invoke(t);
    }

    /**
     * What tells whether a class is initialised ({@code io.jlivepatch.internal.ClassInitState}
     * from {@code internal}, {@link #internalLoader}), or {@code null}: then {@link #noneEver}
     * cannot tell, and every transition walks the containers. The agent's own copy only where
     * the JDK's package is exported to the agent already (the unit tests' {@code --add-exports}).
     */
    @SuppressWarnings("unchecked")
    private static Predicate<Class<?>> uninitialised(ClassLoader internal) {
        try {
            return internal != null || exportedToAgent("jdk.internal.misc")
                    ? (Predicate<Class<?>>) InternalModule.instance(internal, "ClassInitState") : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** {@code io.jlivepatch.internal.TrackAllThreads} from {@code internal}, or {@code null} (see {@link #trackingAll}). */
    private static BooleanSupplier trackAllThreads(ClassLoader internal) {
        try {
            return (BooleanSupplier) InternalModule.instance(internal, "TrackAllThreads");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Whether virtual threads started directly are tracked, so that {@link #all} finds them:
     * what the JDK decided when its containers were initialised ({@code trackAllThreads()}, JDK
     * 21 and 25), which asking initialises them if nothing has yet; else {@link #trackedByProperty}.
     * Asked by a transition's start, not at the agent's.
     */
    boolean trackingAll() {
        Boolean decided = trackingAll;
        if (decided == null) {
            try {
                decided = trackAllThreads != null ? trackAllThreads.getAsBoolean() : trackedByProperty();
            } catch (RuntimeException e) {
                decided = trackedByProperty();
            }
            trackingAll = decided;
        }
        return decided;
    }

    /** Whether {@link #trackingAll} was asked already, so that asking it initialises nothing. */
    boolean trackingAllDecided() {
        return trackingAll != null;
    }

    /**
     * The JDK's rule applied to the property now, without initialising anything: tracked unless
     * it is set, not empty, and not {@code true} in any case ({@code FALSE}, {@code 0} and
     * {@code no} turn it off too; found by review, when only {@code false} was read so). What
     * {@link #trackingAll} will answer unless the property changes before the containers are
     * initialised.
     */
    static boolean trackedByProperty() {
        String s = System.getProperty("jdk.trackAllThreads");
        return s == null || s.isEmpty() || Boolean.parseBoolean(s);
    }

    /** Every tracked virtual thread that is alive now; none if a walk failed (see {@link #allOrNull}). */
    List<Thread> all() {
        List<Thread> found = allOrNull();
        return found != null ? found : List.of();
    }

    /**
     * {@link #all}, or {@code null} when the walk failed (a container that closed under our feet):
     * for a caller that cannot walk again later.
     */
    List<Thread> allOrNull() {
        if (noneEver()) {
            return List.of();
        }
        try {
            return containerThreads.apply(this::isLiveVirtual);
        } catch (RuntimeException e) {
            // A round walks again next time.
            return null;
        }
    }

    /** Whether {@code t} is a virtual thread and alive; called by the walk, in the agent's module. */
    private boolean isLiveVirtual(Thread t) {
        try {
            return isVirtual(t) && t.isAlive();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether no virtual thread was ever made in this JVM: the class every virtual thread is an
     * instance of ({@code BaseVirtualThread}, JDK 21 to 25) is not initialised yet, which it is
     * before its first instance is made. Then the walk has nothing to find; on two cores under
     * load it was most of a transition's start on JDK 25 (2.3 to 3.3 ms of CPU time, 9 to 13 ms
     * of wall time, with 200 platform threads; issue 14). {@code false} when it cannot tell.
     *
     * <p>Ordering, the store-buffering argument of the thread lists (Transition.startTransition)
     * with the class's initialisation in place of the container's set: the start has a full fence
     * between its stores that switched the call sites and this read. On the other side, the
     * initialisation completes (its state stored under the class's initialisation lock) before
     * the first virtual thread is made, and that thread's start has a compare-and-set (the root
     * container's set, or the scheduler's queue) before it runs, so before its first read of a
     * call site. A read here that finds the class uninitialised therefore comes before a virtual
     * thread that then reads the call sites as they were before the switch can exist. Such a
     * thread counts as started after the start, like one the walk misses for being made after it.
     */
    boolean noneEver() {
        // The class only where its shape says it is every virtual thread's (virtualClass: JDK 21
        // to 25; found by review: a later JDK may keep the name and not the role).
        Predicate<Class<?>> u = uninitialised;
        return u != null && virtualClass != null && u.test(virtualClass);
    }
}
