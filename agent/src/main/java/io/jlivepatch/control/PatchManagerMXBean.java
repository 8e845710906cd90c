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

    void enable(String id);

    void disable(String id);

    void unload(String id);

    /** The agent's version. */
    String getVersion();

    /** How grace periods make readers' announcements visible: membarrier, safepoint, handshake or volatile. */
    String getBarrier();
}
