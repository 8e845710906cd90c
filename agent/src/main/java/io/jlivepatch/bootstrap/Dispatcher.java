package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The slow path of the trampoline, run only while a transition is in flight: the kernel's
 * {@code klp_ftrace_handler}. It reads the stack top, its transition flag and the thread's patch
 * state, in that order, and answers the handle to run, or {@code null} for the original body.
 *
 * <p>Never throws into application code, never allocates, never logs.
 */
public final class Dispatcher {

    /** A thread runs the code of the patch set as it was before the transition. */
    public static final int UNPATCHED = 0;

    /** A thread runs the code of the patch set as it will be after the transition. */
    public static final int PATCHED = 1;

    /**
     * The state every thread is in while a transition is in flight. Until the per-thread
     * consistency model arrives, all threads switch at once when a transition starts, so one
     * value serves them all.
     */
    private static volatile int transitionTargetState = PATCHED;

    private static final MethodHandle SELECT;

    static {
        try {
            SELECT = MethodHandles.lookup().findStatic(Dispatcher.class, "select",
                    MethodType.methodType(MethodHandle.class, MethodSlot.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Dispatcher() {
    }

    static MethodHandle selectorFor(MethodSlot slot) {
        return MethodHandles.insertArguments(SELECT, 0, slot);
    }

    /** Sets the state the running transition moves threads to; called under the patch lock. */
    public static void setTransitionTargetState(int state) {
        transitionTargetState = state;
    }

    /**
     * The handle this thread runs for {@code slot}'s method, or {@code null} for the original body.
     */
    static MethodHandle select(MethodSlot slot) {
        // Volatile read of the stack: pairs with the volatile write in MethodSlot.setStack, so the
        // snapshot (handles and transition flag) is seen completely built.
        FuncStack stack = slot.stack();
        if (stack.topInTransition() && patchState() == UNPATCHED) {
            // The top entry is being added (patching) or removed (unpatching) and this thread
            // still runs the old patch set: the entry below is the old version.
            return stack.belowTop();
        }
        return stack.top();
    }

    private static int patchState() {
        return transitionTargetState;
    }
}
