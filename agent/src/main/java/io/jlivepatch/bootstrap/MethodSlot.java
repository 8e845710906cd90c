package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * One target method as instrumented code sees it: the trampoline's call site and the method's
 * {@link FuncStack}. Written only under the patch lock; see the package notes for ordering.
 */
public final class MethodSlot {

    /** The type of every trampoline call site: it answers the handle to run instead of the body. */
    public static final MethodType SITE_TYPE = MethodType.methodType(MethodHandle.class);

    private static final MethodHandle IDLE = MethodHandles.constant(MethodHandle.class, null);
    private static final MethodHandle TRANSITION = MethodHandles.constant(MethodHandle.class, Dispatcher.TRANSITION);

    private final int id;
    private final String name;
    private final MutableCallSite site = new MutableCallSite(IDLE);

    /**
     * The class whose trampolines link this slot. Set once, by the first class to link, so that
     * a second class of the same name in another loader never runs handles typed for the first.
     */
    private volatile Class<?> owner;

    /** Published with a volatile write: readers see a completely built stack. */
    private volatile FuncStack stack = FuncStack.EMPTY;

    MethodSlot(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public int id() {
        return id;
    }

    /** The method, {@code com.acme.Pricing.total(II)J}, for messages. */
    public String name() {
        return name;
    }

    public MutableCallSite site() {
        return site;
    }

    public FuncStack stack() {
        return stack;
    }

    public Class<?> owner() {
        return owner;
    }

    /**
     * Binds the slot to {@code c} unless it is bound already; answers whether {@code c} is the
     * bound class. Called by the core for a loaded class, and by the first class to link.
     */
    public synchronized boolean claim(Class<?> c) {
        if (owner == null) {
            owner = c;
        }
        return owner == c;
    }

    /** Publishes a new stack; the call site is switched separately by the mode setters. */
    public void setStack(FuncStack newStack) {
        stack = newStack;
    }

    /** Idle: the original body runs, and the JIT folds the prologue away. */
    public void setIdle() {
        site.setTarget(IDLE);
    }

    /** Stable: every thread runs {@code handle} (the original body when {@code null}), inlined. */
    public void setStable(MethodHandle handle) {
        site.setTarget(MethodHandles.constant(MethodHandle.class, handle));
    }

    /** Transition: every call goes through the dispatcher's per-thread selection. */
    public void setTransition() {
        site.setTarget(TRANSITION);
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
