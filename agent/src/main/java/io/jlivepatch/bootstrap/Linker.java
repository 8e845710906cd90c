package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandles;

/**
 * What the core registers to bind a slot whose class loaded after its patches ("late module
 * patching"), when a trampoline of that class links for the first time: the replacement code is
 * defined with the class's own lookup, and the published shape is bound to it
 * ({@link MethodSlot#install}).
 */
public interface Linker {

    /**
     * Binds {@code slot} to the class of {@code caller}, on the thread that links it, before the
     * call site is returned. Must not wait for the patch lock (that thread may be inside a read
     * section a grace period waits for, or be the one the patch lock's holder waits for), and
     * must not throw: failures are reported by the core and leave the entries concerned running
     * the code below them.
     */
    void bind(MethodSlot slot, MethodHandles.Lookup caller);
}
