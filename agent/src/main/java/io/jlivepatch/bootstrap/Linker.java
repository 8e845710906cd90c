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
     * Binds {@code slot} to class {@code c}, on the thread that links it, before the call site is
     * returned; {@code caller} is {@code c}'s own lookup, or {@code null} when the link was
     * deferred (the core then makes one: a slot never holds a class's lookup, which would keep its
     * class loader alive). Must not wait for the patch lock (that thread may be inside a read
     * section a grace period waits for, or be the one the patch lock's holder waits for), and
     * must not throw, but for a {@link StackOverflowError} or an {@link OutOfMemoryError} of the
     * linking call, which leaves the slot unbound for the next call to bind: other
     * failures are reported by the core and leave the entries concerned running the code below
     * them.
     */
    void bind(MethodSlot slot, Class<?> c, MethodHandles.Lookup caller);
}
