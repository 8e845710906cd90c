package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
    /** In transition: the top entry's handle, for threads in the patched state. */
    private final MutableCallSite topSite = new MutableCallSite(IDLE);
    /** In transition: the entry below the top, or {@code null} for the original body. */
    private final MutableCallSite belowSite = new MutableCallSite(IDLE);

    /**
     * The class whose trampolines link this slot. Set once, by the first class to link, so that
     * a second class of the same name in another loader never runs handles typed for the first.
     */
    private volatile Class<?> owner;

    /**
     * What a transition-path call on an offline thread does (the not-watching policy of the
     * patch in transition, {@link Dispatcher#WATCH} and on); set before the method enters a
     * transition.
     */
    private volatile int notWatchingPolicy = Dispatcher.WATCH;

    /** Opens when the first class to link this slot has run the core's linker. */
    private final CountDownLatch linked = new CountDownLatch(1);
    /** Whether the core's linker is running for this slot; set under the slot's monitor. */
    private volatile boolean linking;

    /** What {@link #claimForLinking} answers. */
    static final int NOT_OURS = 0;
    static final int FIRST = 1;
    static final int LINKED = 2;

    /**
     * The request that last put the method in transition, and what every thread runs once that
     * transition has completed ({@link Dispatcher#ROUTE_TOP} or {@link Dispatcher#ROUTE_BELOW}):
     * for a thread that read the transition mode just before the completion and enters its read
     * section after it, when the transition word may be another request's already. Volatile;
     * written under the patch lock, the request before the mode, the route before the next
     * request's word.
     */
    private volatile int transitionRequest;
    private volatile int settledRoute;

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

    /** The call site a trampoline links by the indy name {@code name}, or {@code null}. */
    MutableCallSite site(String name) {
        return switch (name) {
            case Trampolines.SITE_NAME -> site;
            case Trampolines.TOP_SITE_NAME -> topSite;
            case Trampolines.BELOW_SITE_NAME -> belowSite;
            default -> null;
        };
    }

    public FuncStack stack() {
        return stack;
    }

    public int notWatchingPolicy() {
        return notWatchingPolicy;
    }

    public void setNotWatchingPolicy(int policy) {
        notWatchingPolicy = policy;
    }

    public int transitionRequest() {
        return transitionRequest;
    }

    public int settledRoute() {
        return settledRoute;
    }

    /** The method's transition completed: a thread that still reaches the dispatcher runs {@code route}. */
    public void settle(int route) {
        settledRoute = route;
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

    /**
     * Binds the slot to {@code c} for a trampoline that links: {@link #FIRST} if {@code c} is
     * the first class, and the caller must run the linker (when {@code withLinker}) and then
     * {@link #linkerDone}; {@link #LINKED} if {@code c} was bound before; {@link #NOT_OURS} if
     * another class was.
     */
    synchronized int claimForLinking(Class<?> c, boolean withLinker) {
        if (owner == null) {
            owner = c;
            linking = withLinker;
            return withLinker ? FIRST : LINKED;
        }
        return owner == c ? LINKED : NOT_OURS;
    }

    void linkerDone() {
        linking = false;
        linked.countDown();
    }

    /** Waits, a second at most, for a first linking of this slot in progress to finish. */
    void awaitLinker() {
        if (!linking) {
            return;
        }
        try {
            linked.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * Transition: every call enters a read section and runs the top entry or the one below it,
     * as its thread's state says (the kernel's {@code klp_ftrace_handler}), both constants the
     * JIT inlines, taken from the stack as published now.
     */
    public void setTransition() {
        transitionRequest = Dispatcher.request(Dispatcher.word());
        FuncStack s = stack;
        topSite.setTarget(MethodHandles.constant(MethodHandle.class, s.top()));
        belowSite.setTarget(MethodHandles.constant(MethodHandle.class, s.belowTop()));
        // Release fence: the two entries above before the mode below. Call-site targets are
        // plain fields; pairs with the acquire fence in Dispatcher.route(), which a thread runs
        // after reading this mode and before reading the entries. Forbids a thread that takes the
        // transition path running the entries of an older transition.
        VarHandle.releaseFence();
        site.setTarget(TRANSITION);
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
