package io.jlivepatch.quiescent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quiescent regions ({@code @Quiescent} methods) of the classes that were loaded before the
 * agent: a thread inside one of them when the agent attached runs the region's method as it was,
 * without the offline and online stores, so it never goes offline there. Transitions look for
 * such frames on threads' stacks, and mark their threads so that the region's rules apply to
 * them all the same (see {@code Dispatcher}).
 */
public final class UnmarkedRegions {

    /** {@code class.method} of each region of a class loaded before the agent. */
    private static final Set<String> BEFORE_ATTACH = ConcurrentHashMap.newKeySet();

    private UnmarkedRegions() {
    }

    static void addLoadedBeforeAttach(String classAndMethod) {
        BEFORE_ATTACH.add(classAndMethod);
    }

    /** Whether no class loaded before the agent has regions. */
    static boolean none() {
        return BEFORE_ATTACH.isEmpty();
    }

    /**
     * The outermost frame of {@code stack} (the deepest) that is a region of a class loaded
     * before the agent, as {@code class.method}, or {@code null}.
     */
    public static String outermost(StackTraceElement[] stack) {
        if (none()) {
            return null;
        }
        for (int i = stack.length - 1; i >= 0; i--) {
            String name = stack[i].getClassName() + "." + stack[i].getMethodName();
            if (BEFORE_ATTACH.contains(name)) {
                return name;
            }
        }
        return null;
    }
}
