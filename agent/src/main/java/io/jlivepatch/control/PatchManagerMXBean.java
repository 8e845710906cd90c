package io.jlivepatch.control;

/**
 * The patch manager as JMX shows it, {@code io.jlivepatch:type=PatchManager}: the analogue of
 * {@code /sys/kernel/livepatch}. A failed operation throws {@link IllegalArgumentException}
 * whose message is one line naming what is wrong; nothing was changed then.
 */
public interface PatchManagerMXBean {

    /** Loads and enables every patch of the jar at {@code jarPath}; one line per patch. */
    String[] load(String jarPath);

    /** Each patch with its state, then its targets indented, one per line. */
    String[] list();

    /**
     * Each target method's stack of patches, oldest first, {@code *} after the top when it is in
     * transition, and the classes (one per class loader) it is bound in:
     * {@code com.acme.Pricing.total(II)J: fix-1 fix-2* (1 class)}.
     */
    String[] getStacks();

    /** Enables a loaded patch, or reverses its unpatching; returns when the transition is over. */
    void enable(String id);

    /** Disables a patch, or reverses its patching; returns when the transition is over. */
    void disable(String id);

    /** Completes the transition of patch {@code id} at once; the patch is pinned. */
    void force(String id);

    /**
     * Each live thread's patch state: {@code <id> <patched|unpatched>[ pending] "<name>"} during
     * a transition, {@code <id> - "<name>"} outside one.
     */
    String[] getThreads();

    /**
     * Each patched method that ran, in a transition, on a thread in a quiescent region, with
     * the number of such calls and the policy taken: {@code <method> <calls> <policy>}.
     */
    String[] getNotWatching();

    /** The transition in flight, {@code transition '<id>' <patching|unpatching>: 3/14 threads switched}, or {@code no transition}. */
    String getTransition();

    void unload(String id);

    /** The agent's version. */
    String getVersion();

    /** How grace periods make readers' announcements visible: membarrier, safepoint, handshake or volatile. */
    String getBarrier();
}
