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
 * <p>The table grows under the patch lock and is published by a volatile write of {@link #slots};
 * the bootstrap method reads it with a volatile read, so a slot is seen with its final fields set.
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

    private static volatile MethodSlot[] slots = new MethodSlot[0];
    private static volatile Linker linker;

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

    /** Creates the slot for a new target method; called under the patch lock. */
    public static MethodSlot newSlot(String name) {
        MethodSlot[] current = slots;
        MethodSlot slot = new MethodSlot(current.length, name);
        MethodSlot[] grown = Arrays.copyOf(current, current.length + 1);
        grown[slot.id()] = slot;
        slots = grown;
        return slot;
    }

    /**
     * Links one trampoline. Never throws: a trampoline that cannot be linked to its slot runs the
     * original body forever.
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, int id) {
        MethodSlot[] table = slots;
        if (id < 0 || id >= table.length || !type.equals(MethodSlot.SITE_TYPE)) {
            return DETACHED;
        }
        MethodSlot slot = table[id];
        Linker l = linker;
        int claim = slot.claimForLinking(caller.lookupClass(), l != null);
        if (claim == MethodSlot.NOT_OURS) {
            return DETACHED;
        }
        if (claim == MethodSlot.FIRST) {
            try {
                l.linked(caller, slot);
            } catch (Throwable ignored) {
                // The linker reports its own failures; the method stays as the linker left it.
            } finally {
                slot.linkerDone();
            }
        } else {
            // Another thread may be linking the same method for the first time, its linker
            // binding the patches: wait for it, so that this call does not run the original
            // of a method that is patched. Bounded: that linker may be waiting for the patch lock,
            // held by a thread that calls this method (a callback), and then this call runs the
            // original, once.
            slot.awaitLinker();
        }
        CallSite site = slot.site(name);
        return site == null ? DETACHED : site;
    }
}
