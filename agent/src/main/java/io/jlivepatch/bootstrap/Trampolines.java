package io.jlivepatch.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * The bootstrap method of every trampoline and the table of {@link MethodSlot}s it links to.
 *
 * <p>The table grows under its own small lock (the class-file transformer creates the slots of a
 * class that is defined again by another class loader, without the patch lock) and is published
 * by a volatile write of {@link #slots}; the bootstrap method reads it with a volatile read, so
 * a slot is seen with its final fields set.
 */
public final class Trampolines {

    /** Internal name of this class, for the emitter. */
    public static final String INTERNAL_NAME = "io/jlivepatch/bootstrap/Trampolines";

    /** The indy names of a slot's three call sites: its mode, and its two entries in transition. */
    public static final String SITE_NAME = "jlivepatch";
    public static final String TOP_SITE_NAME = "jlivepatchTop";
    public static final String BELOW_SITE_NAME = "jlivepatchBelow";

    /** Name and descriptor of {@link #bootstrap}, for the emitter. */
    public static final String BOOTSTRAP_NAME = "bootstrap";
    public static final String BOOTSTRAP_DESCRIPTOR =
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)"
                    + "Ljava/lang/invoke/CallSite;";

    private static final Object TABLE_LOCK = new Object();
    private static volatile MethodSlot[] slots = new MethodSlot[0];
    private static volatile Linker linker;

    /**
     * Set while the current thread runs the linker: a trampoline that links on that thread
     * meanwhile (the linker's own work calling a patched method, a pre-patch callback calling the
     * method being bound or another late target) gets its call site at once, as the core last
     * left it, instead of recursing into the linker, which may hold a patch object's monitor.
     * An unbound slot met that way binds at its next call ({@link #relink}): binding it on this
     * thread, even right after the outer binding, could wait for another thread's callback while
     * this one holds what the first call was made under (a class's initialisation: a deadlock).
     * A flag in a per-thread array, set and cleared by plain stores: clearing it is no call, so
     * a stack overflow cannot leave it set (review: a {@code ThreadLocal.remove} in the
     * {@code finally} could overflow at the end of the stack, and every later first call on that
     * thread was then deferred and ran the original body while bound methods ran the patch).
     */
    private static final ThreadLocal<boolean[]> LINKING = new ThreadLocal<>() {
        @Override
        protected boolean[] initialValue() {
            // Not a lambda: no LambdaMetafactory spun on the linker's path.
            return new boolean[1];
        }
    };

    /** {@link #relink}, for a slot's mode call site. */
    private static final MethodHandle RELINK;

    static {
        try {
            RELINK = MethodHandles.lookup().findStatic(Trampolines.class, "relink",
                    MethodType.methodType(MethodHandle.class, MethodSlot.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final CallSite DETACHED =
            new ConstantCallSite(MethodHandles.constant(MethodHandle.class, null));

    private Trampolines() {
    }

    /** The slot with id {@code id}; for the dispatcher, which gets ids from trampolines only. */
    static MethodSlot slot(int id) {
        return slots[id];
    }

    public static void setLinker(Linker l) {
        linker = l;
    }

    /** Creates the slot for a target method in one class; never waits for the patch lock. */
    public static MethodSlot newSlot(String name) {
        synchronized (TABLE_LOCK) {
            MethodSlot[] current = slots;
            MethodSlot slot = new MethodSlot(current.length, name);
            MethodSlot[] grown = Arrays.copyOf(current, current.length + 1);
            grown[slot.id()] = slot;
            slots = grown;
            return slot;
        }
    }

    /**
     * Links one trampoline. Never waits for the patch lock: a slot whose class loaded after its
     * patches is bound here, on the linking thread, from what the core published ({@link Linker}).
     * A trampoline that cannot be linked to its slot runs the original body. Never throws, but for
     * a {@link StackOverflowError} or an {@link OutOfMemoryError} while binding (a first call near
     * the end of its stack): the call fails with it, as it would have without the agent, and
     * since HotSpot records only a {@link LinkageError} as an invokedynamic's resolution (checked
     * on JDK 17 and 25), the next call links again. Linked to the slot's idle call site instead,
     * the class would run the original body for good while its other methods, bound, ran the
     * patch.
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, int id) {
        MethodSlot[] table = slots;
        if (id < 0 || id >= table.length || !type.equals(MethodSlot.SITE_TYPE)) {
            return DETACHED;
        }
        MethodSlot slot = table[id];
        Class<?> c = caller.lookupClass();
        if (!slot.isBound()) {
            Linker l = linker;
            if (l != null) {
                if (LINKING.get()[0]) {
                    slot.deferLink(c, MethodHandles.insertArguments(RELINK, 0, slot));
                } else {
                    link(l, slot, c, caller);
                }
            }
        }
        if (slot.isBound() && slot.boundClass() != c) {
            // Each class has slots of its own; another class's trampoline never runs handles
            // typed for this one.
            return DETACHED;
        }
        CallSite site = slot.site(name);
        return site == null ? DETACHED : site;
    }

    /**
     * Runs the linker on this thread, marked as linking; throws only a {@link StackOverflowError}
     * or an {@link OutOfMemoryError} of the binding, which leaves the slot unbound.
     */
    private static void link(Linker l, MethodSlot slot, Class<?> c, MethodHandles.Lookup caller) {
        boolean[] linking = LINKING.get();
        linking[0] = true;
        try {
            l.bind(slot, c, caller);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (Throwable ignored) {
            // The linker reports its own failures; the slot stays as the linker left it.
        } finally {
            linking[0] = false;
        }
    }

    /**
     * The mode call site of a slot that a nested link met unbound ({@link MethodSlot#deferLink}):
     * at the slot's next call, on a thread that is not linking, binds the slot and answers what
     * the call runs now; the binding sets the call site, so this runs once. A call that cannot
     * bind runs the original body ({@code null}); a binding that fails leaves the slot idle, so
     * that it is not tried, and reported, on every call. Never throws, but for a {@link
     * StackOverflowError} or an {@link OutOfMemoryError} of the binding, with which the call fails
     * (it comes before the trampoline opens anything), leaving {@code relink} for the next call,
     * as {@link #bootstrap} does.
     */
    private static MethodHandle relink(MethodSlot slot) {
        try {
            Class<?> c = slot.pendingClass();
            Linker l = linker;
            if (!slot.isBound() && c != null && l != null && !LINKING.get()[0]) {
                link(l, slot, c, null);
                if (!slot.isBound()) {
                    slot.dropDeferredLink();
                }
            }
            if (!slot.isBound()) {
                return null;
            }
            // Bound, by this call or another thread's binding: the site is set.
            return (MethodHandle) slot.siteTarget().invokeExact();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            return null;
        }
    }
}
