package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;

/**
 * One target method in one class, as instrumented code sees it: the trampoline's three call
 * sites and the method's {@link FuncStack}. A class that is defined again by another class loader
 * (a redeploy) gets slots of its own.
 *
 * <h2>Shape and binding</h2>
 * The core publishes what the method runs as a {@link Shape}: the stack's owners (no handles),
 * whether its top is in transition, the request that put it there, and what a completed
 * transition left. A slot is <em>bound</em> once its class is known ({@link #bindAndPublish} for
 * a loaded class, {@link #install} by the linker when a class that loaded later first links): only then
 * does it have handles, and only then do its call sites leave the idle target. An unbound slot
 * keeps each published shape, so the linker binds exactly what the core last published, without
 * the patch lock.
 *
 * <h2>Lock</h2>
 * Writers hold the slot's monitor: the core's {@link #publish} (under the patch lock as well)
 * and the linker's {@link #install} (under nothing else). Neither waits for anything while it
 * holds it, so the linker, which runs on an application thread, never waits for the patch lock.
 * Readers (the dispatcher) take no lock.
 *
 * <h2>Memory ordering</h2>
 * Inside {@link #publish} and {@link #install}: the request, the settled route, the policy and
 * the stack (volatile stores), then the two transition entries, a release fence, then the mode:
 * see {@link #applyTargets}.
 */
public final class MethodSlot {

    /** The type of every trampoline call site: it answers the handle to run instead of the body. */
    public static final MethodType SITE_TYPE = MethodType.methodType(MethodHandle.class);

    private static final MethodHandle IDLE = MethodHandles.constant(MethodHandle.class, null);
    private static final MethodHandle TRANSITION = MethodHandles.constant(MethodHandle.class, Dispatcher.TRANSITION);

    /**
     * What the core publishes for a method: the stack's owners (handles, if any, are ignored),
     * the request that last put the method in transition, and what every thread runs once that
     * transition has completed ({@link Dispatcher#ROUTE_TOP} or {@link Dispatcher#ROUTE_BELOW}),
     * and the not-watching policy of the patch in transition. The mode follows from the stack:
     * top in transition, transition; else empty, idle; else stable.
     */
    public record Shape(FuncStack stack, int transitionRequest, int settledRoute, NotWatchingPolicy policy) {

        /** No patch: the original body. */
        public static final Shape IDLE = new Shape(FuncStack.EMPTY, 0, Dispatcher.ROUTE_BELOW, NotWatchingPolicy.WATCH);

        public Shape withStack(FuncStack s) {
            return new Shape(s, transitionRequest, settledRoute, policy);
        }
    }

    private final int id;
    private final String name;
    private final MutableCallSite site = new MutableCallSite(IDLE);
    /** In transition: the top entry's handle, for threads in the patched state. */
    private final MutableCallSite topSite = new MutableCallSite(IDLE);
    /** In transition: the entry below the top, or {@code null} for the original body. */
    private final MutableCallSite belowSite = new MutableCallSite(IDLE);

    /** What {@link #siteValue} holds while the mode site links at its next call ({@link #deferLink}). */
    private static final Object RELINK = new Object();

    /**
     * The class a deferred link binds, weakly: the slot lives as long as the JVM, and a
     * deployment dropped before the slot's next call must go. Guarded by this slot's monitor.
     */
    private WeakReference<Class<?>> pendingClass;

    /** The values the three sites answer now, so that an unchanged one is not set again. */
    private Object siteValue;
    private Object topValue;
    private Object belowValue;

    /**
     * The class whose trampolines link this slot, once known: weakly, so that a slot never keeps
     * a class loader alive that the application dropped. Set once, under the monitor.
     */
    private volatile WeakReference<Class<?>> boundClass;

    /** The shape last published; guarded by this slot's monitor. */
    private Shape published = Shape.IDLE;

    /** See {@link Shape}; read by the dispatcher. */
    private volatile NotWatchingPolicy notWatchingPolicy = NotWatchingPolicy.WATCH;
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

    /** The stack as bound now; owners only (no handles) while the slot is unbound. */
    public FuncStack stack() {
        return stack;
    }

    public NotWatchingPolicy notWatchingPolicy() {
        return notWatchingPolicy;
    }

    public int transitionRequest() {
        return transitionRequest;
    }

    public int settledRoute() {
        return settledRoute;
    }

    /** The class this slot is bound to, or {@code null} while unbound (or once that class is gone). */
    public Class<?> boundClass() {
        WeakReference<Class<?>> c = boundClass;
        return c == null ? null : c.get();
    }

    public boolean isBound() {
        return boundClass != null;
    }

    /** The shape last published. */
    public synchronized Shape published() {
        return published;
    }

    /**
     * Binds the slot to loaded class {@code c} and publishes {@code shape} bound to it, in one
     * step under the monitor. Answers whether {@code c} is the slot's class (it is already bound
     * to another, or to {@code c}, which this publishes to again).
     */
    public synchronized boolean bindAndPublish(Class<?> c, Shape shape, FuncStack.EntryBinder binder) {
        if (boundClass != null) {
            if (boundClass() != c) {
                return false;
            }
            publish(shape, binder);
            return true;
        }
        FuncStack bound = binder == null ? shape.stack() : shape.stack().bind(binder, c);
        bindLocked(shape, c, bound);
        return true;
    }

    /**
     * Publishes what the method runs. A bound slot binds the shape's owners to handles with
     * {@code binder} (or, with a {@code null} binder, takes the shape's own handles) and switches
     * its call sites; an unbound one keeps the shape for the linker.
     */
    public synchronized void publish(Shape shape, FuncStack.EntryBinder binder) {
        published = shape;
        Class<?> c = boundClass();
        if (boundClass == null || c == null) {
            setFields(shape, shape.stack());
            return;
        }
        FuncStack bound = binder == null ? shape.stack() : shape.stack().bind(binder, c);
        setFields(shape, bound);
        applyTargets(bound);
    }

    /**
     * The linker's binding of an unbound slot to class {@code c}, which links it for the first
     * time: installs {@code bound}, the stack of {@code expected} bound for {@code c}, unless the
     * core has published another shape since {@code expected} was read. Answers whether the slot
     * is bound now (by this call or an earlier one); {@code false} means: bind the new shape.
     */
    public synchronized boolean install(Shape expected, Class<?> c, FuncStack bound) {
        if (boundClass != null) {
            return true;
        }
        if (published != expected) {
            return false;
        }
        bindLocked(expected, c, bound);
        return true;
    }

    /**
     * Binds the unbound slot to {@code c} with {@code bound}, the stack of {@code shape} bound for
     * it. The class last: its volatile store publishes the fields and call-site targets set
     * before it, so that a trampoline's bootstrap that finds the slot bound ({@link #isBound},
     * volatile) and links without the linker finds its call sites set, never the idle target of
     * a slot that is only half bound.
     */
    private void bindLocked(Shape shape, Class<?> c, FuncStack bound) {
        // Made first: an error making it once the mode site is set would leave that site on its
        // new target in a slot still unbound, which no later publication reaches (review).
        WeakReference<Class<?>> bind = new WeakReference<>(c);
        published = shape;
        setFields(shape, bound);
        applyTargets(bound);
        boundClass = bind;
        // Last: a binding that an error cuts short before here keeps its deferred link's class,
        // for the next call's relink to bind again (review: cleared first, a stack overflow in
        // applyTargets left relink without a class, running the original body for good).
        pendingClass = null;
    }

    /**
     * A trampoline of class {@code c} met this unbound slot while its thread was binding another
     * ({@code Trampolines.bootstrap}): its mode call site gets {@code relink}, which binds the slot
     * to {@code c} at the slot's next call, and answers then what the call runs. Until then the
     * slot keeps {@code c} weakly.
     */
    public synchronized void deferLink(Class<?> c, MethodHandle relink) {
        if (boundClass != null || pendingClass() != null) {
            return;
        }
        pendingClass = new WeakReference<>(c);
        if (siteValue == null) {
            site.setTarget(relink);
            siteValue = RELINK;
        }
    }

    /** The class {@link #deferLink} keeps, or {@code null} (none, or collected). */
    public synchronized Class<?> pendingClass() {
        WeakReference<Class<?>> c = pendingClass;
        return c == null ? null : c.get();
    }

    /** The deferred link failed: the slot stays unbound, and its calls run the original body. */
    public synchronized void dropDeferredLink() {
        pendingClass = null;
        if (boundClass == null && siteValue == RELINK) {
            site.setTarget(IDLE);
            siteValue = null;
        }
    }

    /** What the mode call site answers now, read after any binding in progress has ended. */
    public synchronized MethodHandle siteTarget() {
        return site.getTarget();
    }

    /**
     * Lets go of the transition entry that transition {@code request}, completed, left dead: the
     * one below the top after a patching transition, the top after an unpatching one. Once its
     * grace period has passed no thread can run it: a section that latches that request from
     * now on latches its target, and one that latches a later request runs the settled route
     * ({@code Dispatcher.route}). Without this, the slot (which lives as long as the JVM) would
     * keep the handle, and through it the replacement's class and the class loader of a
     * deployment the application dropped. Nothing to do once another request has put the method
     * in transition: its entries are live.
     */
    public synchronized void releaseDeadEntry(int request) {
        if (transitionRequest != request || siteValue == Dispatcher.TRANSITION) {
            return;
        }
        if (settledRoute == Dispatcher.ROUTE_TOP) {
            if (belowValue != null) {
                belowSite.setTarget(IDLE);
                belowValue = null;
            }
        } else if (topValue != null) {
            topSite.setTarget(IDLE);
            topValue = null;
        }
    }

    private void setFields(Shape shape, FuncStack s) {
        notWatchingPolicy = shape.policy();
        settledRoute = shape.settledRoute();
        transitionRequest = shape.transitionRequest();
        stack = s;
        // Store-store fence: the request (and the fields above) before the entries that
        // applyTargets sets next; pairs with the load-load fence in Dispatcher.confirm.
        VarHandle.storeStoreFence();
    }

    /**
     * Switches the call sites to what {@code s} says: in transition, every call enters a read
     * section and runs the top entry or the one below it, as its thread's state says (the
     * kernel's {@code klp_ftrace_handler}), both constants the JIT inlines; stable, every thread
     * runs the top entry (the original body when it is {@code null}), inlined; idle, the original
     * body, and the JIT folds the prologue away. A site whose answer does not change is not set
     * again: a set deoptimizes the compiled code that depends on it.
     */
    private void applyTargets(FuncStack s) {
        if (s.topInTransition()) {
            MethodHandle top = s.top();
            MethodHandle below = s.belowTop();
            if (topValue != top) {
                topSite.setTarget(MethodHandles.constant(MethodHandle.class, top));
                topValue = top;
            }
            if (belowValue != below) {
                belowSite.setTarget(MethodHandles.constant(MethodHandle.class, below));
                belowValue = below;
            }
            // Release fence: the two entries above, and the request and route stored before,
            // before the mode below. Call-site targets are plain fields; pairs with the acquire
            // fence in Dispatcher.route(), which a thread runs after reading this mode and before
            // reading the entries. Forbids a thread that takes the transition path running the
            // entries of an older transition.
            VarHandle.releaseFence();
            setSite(Dispatcher.TRANSITION, TRANSITION);
        } else if (s.isEmpty()) {
            setSite(null, IDLE);
        } else {
            MethodHandle top = s.top();
            setSite(top, top == null ? IDLE : MethodHandles.constant(MethodHandle.class, top));
        }
    }

    private void setSite(Object value, MethodHandle target) {
        if (siteValue != value) {
            site.setTarget(target);
            siteValue = value;
        }
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
