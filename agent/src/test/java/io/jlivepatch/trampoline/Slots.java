package io.jlivepatch.trampoline;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.MethodSlot.Shape;
import io.jlivepatch.bootstrap.NotWatchingPolicy;

/**
 * What the core publishes to a slot, for tests that drive slots with handles of their own (no
 * binder: the stacks they give are bound already) and no core.
 */
public final class Slots {

    private Slots() {
    }

    /** Idle: the original body. */
    public static void idle(MethodSlot slot) {
        slot.publish(Shape.IDLE, null);
    }

    /** Stable: every thread runs the top of {@code stack}. */
    public static void stable(MethodSlot slot, FuncStack stack) {
        slot.publish(new Shape(stack.withTopInTransition(false), slot.transitionRequest(), slot.settledRoute(),
                slot.notWatchingPolicy()), null);
    }

    /** In transition, in the request the dispatcher's word names now, under {@code policy}. */
    public static void transition(MethodSlot slot, FuncStack stack, NotWatchingPolicy policy) {
        slot.publish(new Shape(stack.withTopInTransition(true), Dispatcher.request(Dispatcher.word()),
                slot.settledRoute(), policy), null);
    }

    public static void transition(MethodSlot slot, FuncStack stack) {
        transition(slot, stack, slot.notWatchingPolicy());
    }

    /** The same shape under another not-watching policy. */
    public static void policy(MethodSlot slot, NotWatchingPolicy policy) {
        Shape s = slot.published();
        slot.publish(new Shape(slot.stack(), s.transitionRequest(), s.settledRoute(), policy), null);
    }
}
