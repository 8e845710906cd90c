package io.jlivepatch.transition;

import io.jlivepatch.bootstrap.AgentPackages;
import io.jlivepatch.bootstrap.Dispatcher;
import java.lang.StackWalker.StackFrame;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The changing methods as {@code class.name}. */
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    /** The same as {@code class.name(descriptor)}, for the thread's own, exact, check. */
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final int request;

    public StackCheck(int request) {
        this.request = request;
    }

    /** Adds a changing method. */
    public void add(String className, String methodName, String descriptor) {
        names.add(className + "." + methodName);
        keys.add(className + "." + methodName + descriptor);
    }

    /** The topmost frame of {@code stack} that belongs to a changing method, or {@code null}. */
    public StackTraceElement holding(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (names.contains(e.getClassName() + "." + e.getMethodName())) {
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
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .dropWhile(StackCheck::isAgentFrame)
                .skip(1)
                .noneMatch(this::isChanging));
    }

    private boolean isChanging(StackFrame f) {
        return keys.contains(f.getClassName() + "." + f.getMethodName() + f.getDescriptor());
    }

    private static boolean isAgentFrame(StackFrame f) {
        return AgentPackages.contains(f.getClassName());
    }
}
