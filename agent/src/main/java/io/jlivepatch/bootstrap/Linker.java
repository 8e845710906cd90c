package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandles;

/**
 * What the core registers to hear of a class linking a trampoline for the first time: that is
 * when a class loaded after its patch was enabled ("late module patching") gets its replacement
 * code, defined with the class's own lookup.
 */
public interface Linker {

    /**
     * Called once per slot, on the thread that links it, before the call site is returned. Must
     * not throw; failures are reported by the core and leave the method idle.
     */
    void linked(MethodHandles.Lookup caller, MethodSlot slot);
}
