package io.jlivepatch.bootstrap;

/**
 * The {@code trylock} policy's pin, for jcstress actors: {@link PatchLock#tryPin} and
 * {@link PatchLock#unpin} as the dispatcher calls them.
 *
 * <p>It lives in {@code io.jlivepatch.bootstrap} of the stress module only to reach those
 * package-private methods: the agent's classes and this one are loaded by the same (application)
 * class loader in a jcstress fork, so they share the runtime package.
 */
public final class PinProbe {

    private PinProbe() {
    }

    /** Pins the patch lock for the current thread's record, as a trylock section does. */
    public static ThreadRecord tryPin() {
        ThreadRecord r = Epoch.recordOf(Thread.currentThread());
        return PatchLock.tryPin(r) ? r : null;
    }

    public static void unpin(ThreadRecord r) {
        PatchLock.unpin(r);
    }
}
