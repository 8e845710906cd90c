package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

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

    /**
     * What a trampoline's call site answers while its method is in transition: not a handle to
     * run, but the sign to take the slow path, {@link #select} inside a read section. Compared by
     * identity; never invoked.
     */
    public static final MethodHandle TRANSITION = MethodHandles.constant(String.class, "transition");

    /** Name and descriptor of {@link #select}, for the emitter. */
    public static final String SELECT_NAME = "select";
    public static final String SELECT_DESCRIPTOR = "(I)Ljava/lang/invoke/MethodHandle;";

    private Dispatcher() {
    }

    /** Sets the state the running transition moves threads to; called under the patch lock. */
    public static void setTransitionTargetState(int state) {
        transitionTargetState = state;
    }

    /**
     * The handle this thread runs for the method of slot {@code id}, or {@code null} for the
     * original body. Called by the trampoline inside a read section that spans the whole call.
     */
    public static MethodHandle select(int id) {
        MethodSlot slot = Trampolines.slot(id);
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
