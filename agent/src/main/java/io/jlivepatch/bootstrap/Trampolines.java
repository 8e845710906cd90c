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
     * left it, instead of recursing into the linker, which may hold a patch object's monitor
     * (two threads linking two classes whose callbacks call each other would deadlock). Its slot
     * is bound right after, on the same thread, once the outer binding is over and nothing is
     * held: the call site it got is the slot's own, which the binding sets.
     */
    private static final ThreadLocal<Deferred> LINKING = new ThreadLocal<>();

    /** The slots a thread's linking met unbound, with their classes' lookups, bound in order after it. */
    private static final class Deferred {
        private MethodSlot[] slots = new MethodSlot[4];
        private MethodHandles.Lookup[] callers = new MethodHandles.Lookup[4];
        private int size;

        void add(MethodSlot slot, MethodHandles.Lookup caller) {
            for (int i = 0; i < size; i++) {
                if (slots[i] == slot) {
                    return;
                }
            }
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                callers = Arrays.copyOf(callers, size * 2);
            }
            slots[size] = slot;
            callers[size] = caller;
            size++;
        }

        /** Binds what was met, and what binding that meets in turn; each slot once. */
        void bindAll(Linker l) {
            for (int i = 0; i < size; i++) {
                if (!slots[i].isBound()) {
                    bindQuietly(l, slots[i], callers[i]);
                }
                callers[i] = null;
            }
        }
    }

    private static final CallSite DETACHED =
            new ConstantCallSite(MethodHandles.constant(MethodHandle.class, null));

    static {
        // Loaded with the agent, not on the application thread that first links a late class
        // (RefusalListIT).
        try {
            Class.forName(Deferred.class.getName(), true, Trampolines.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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
     * Links one trampoline. Never throws and never waits for the patch lock: a slot whose class
     * loaded after its patches is bound here, on the linking thread, from what the core published
     * ({@link Linker}). A trampoline that cannot be linked to its slot runs the original body.
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
                Deferred outer = LINKING.get();
                if (outer != null) {
                    outer.add(slot, caller);
                } else {
                    Deferred mine = new Deferred();
                    LINKING.set(mine);
                    try {
                        bindQuietly(l, slot, caller);
                        mine.bindAll(l);
                    } finally {
                        LINKING.remove();
                    }
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

    private static void bindQuietly(Linker l, MethodSlot slot, MethodHandles.Lookup caller) {
        try {
            l.bind(slot, caller);
        } catch (Throwable ignored) {
            // The linker reports its own failures; the slot stays as the linker left it.
        }
    }
}
