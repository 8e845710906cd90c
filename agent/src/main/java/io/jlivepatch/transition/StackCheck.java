package io.jlivepatch.transition;

import io.jlivepatch.bootstrap.AgentPackages;
import io.jlivepatch.bootstrap.Dispatcher;
import java.lang.StackWalker.StackFrame;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether a stack holds a frame of a method being changed: the kernel's {@code klp_check_stack()}.
 *
 * <p>A target method's frame is on the stack whichever version runs in it, the trampoline
 * invoking the replacement from inside it (the replacement's own frame is a hidden class's,
 * which stack traces may leave out). So the check cannot tell versions apart, and any frame of
 * a changing method holds the thread: conservative, never unsafe. Other threads' stacks come as
 * {@link StackTraceElement}s, which name no descriptor, so overloads of a changing method hold
 * the thread too.
 */
public final class StackCheck implements Dispatcher.SelfCheck {

    /**
     * The JVM's stack-trace limit ({@code -XX:MaxJavaStackTraceDepth}, 1024 by default): a stack
     * taken from another thread may stop there (on JDK 19+ one thread's stack always does), and
     * what lies below is unknown. 0 when there is none.
     */
    static final int STACK_TRACE_LIMIT = stackTraceLimit();

    private static int stackTraceLimit() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(vm.getVMOption("MaxJavaStackTraceDepth").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 1024;
        }
    }

    /**
     * Whether {@code stack} may have been cut short at the stack-trace limit: it has exactly that
     * many frames. A stack taken whole is longer when the thread is deeper, so only a stack that
     * happens to be exactly that deep is held for nothing.
     */
    static boolean cutShort(StackTraceElement[] stack) {
        return STACK_TRACE_LIMIT > 0 && stack.length == STACK_TRACE_LIMIT;
    }

    /**
     * The thread's own exact walk: frames with their methods' names and descriptors; or
     * {@code null} where a security manager refuses it, and {@link #mayLeave} then asks for one
     * at each call, whose refusal leaves the thread to the rounds (as before there was one walker).
     */
    static final StackWalker EXACT = walker(false);

    /**
     * JDK 22+: a walk that gives each frame's class and no method information
     * ({@code StackWalker.Option.DROP_METHOD_INFO}), several times cheaper than the exact walk;
     * {@code null} before (or refused). A stack with no frame of a changing method's class below
     * the leaving frame holds no changing method, which is the answer at almost every outermost
     * exit: each of 10,000 virtual threads makes one in a transition.
     */
    static final StackWalker CLASSES_ONLY = walker(true);

    private static StackWalker walker(boolean classesOnly) {
        try {
            return classesOnly
                    ? StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE,
                            StackWalker.Option.valueOf("DROP_METHOD_INFO")))
                    : StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        } catch (RuntimeException e) {
            // No such option before JDK 22; a security manager's refusal (JDK 17-23). Caught here,
            // not left to fail the class's initialisation, which would fail every transition.
            return null;
        }
    }

    /** The changing methods as {@code class.name}. */
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    /** Their classes' binary names, for the walk without method information. */
    private final Set<String> classes = ConcurrentHashMap.newKeySet();
    /** Their names alone, which the exact walk tests before it builds a frame's key. */
    private final Set<String> methodNames = ConcurrentHashMap.newKeySet();
    /** The same as {@code class.name(descriptor)}, for the thread's own, exact, check. */
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final int request;

    public StackCheck(int request) {
        this.request = request;
    }

    /** Adds a changing method. */
    public void add(String className, String methodName, String descriptor) {
        names.add(className + "." + methodName);
        classes.add(className);
        methodNames.add(methodName);
        keys.add(className + "." + methodName + descriptor);
    }

    /**
     * The topmost frame of {@code stack} that belongs to a changing method, or {@code null}. The
     * method's name first, as {@link #isChanging} does: the key is built only for a frame whose
     * method has a changing method's name, not for every frame of every stack a round takes (a
     * string built per frame, interpreted, in code that runs while a load may saturate the cores).
     */
    public StackTraceElement holding(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String method = e.getMethodName();
            if (methodNames.contains(method) && names.contains(e.getClassName() + "." + method)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The thread's own check at its outermost exit. The walk starts in the agent's bootstrap and
     * transition code, then comes to the trampoline that is returning: its method is leaving, so
     * it does not hold the thread.
     */
    @Override
    public boolean mayLeave(long word) {
        if (Dispatcher.request(word) != request) {
            return false;
        }
        // The walk by classes first, where there is one; the exact one only when a frame of a
        // changing method's class lies below (then the class alone cannot tell).
        StackWalker classesOnly = CLASSES_ONLY;
        if (classesOnly != null && classesOnly.walk(frames -> noneBelowLeaving(frames, this::ofChangingClass))) {
            return true;
        }
        StackWalker exact = EXACT != null ? EXACT : StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        return exact.walk(frames -> noneBelowLeaving(frames, this::isChanging));
    }

    /**
     * Whether no frame below the leaving one matches {@code holds}: the walk begins in the
     * agent's own frames (this check, the dispatcher, the section's exit), and the first frame
     * past them is the trampoline that is leaving.
     */
    private static boolean noneBelowLeaving(Stream<StackFrame> frames, Predicate<StackFrame> holds) {
        Iterator<StackFrame> it = frames.iterator();
        while (it.hasNext() && isAgentFrame(it.next())) {
            // The agent's frames, then the leaving one: passed.
        }
        while (it.hasNext()) {
            if (holds.test(it.next())) {
                return false;
            }
        }
        return true;
    }

    private boolean ofChangingClass(StackFrame f) {
        return classes.contains(f.getClassName());
    }

    private boolean isChanging(StackFrame f) {
        // The name first: the key is built, and the descriptor parsed from the frame's method
        // type, only for a frame whose method has a changing method's name.
        String method = f.getMethodName();
        return methodNames.contains(method) && keys.contains(f.getClassName() + "." + method + f.getDescriptor());
    }

    private static boolean isAgentFrame(StackFrame f) {
        return AgentPackages.contains(f.getClassName());
    }
}
