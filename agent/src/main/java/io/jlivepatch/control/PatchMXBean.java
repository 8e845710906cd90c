package io.jlivepatch.control;

/**
 * One loaded patch, {@code io.jlivepatch:type=Patch,name=<id>}: the kernel's
 * {@code /sys/kernel/livepatch/<patch>/} directory. Registered when the patch is loaded,
 * unregistered when it is unloaded. A write or an operation runs the same operation as the CLI,
 * with the same checks, and is audited; a refusal throws {@link IllegalArgumentException} with the
 * CLI's one line, and nothing was changed.
 */
public interface PatchMXBean {

    /** The kernel's {@code enabled}: whether the patch is enabled (during its patching transition too). */
    boolean isEnabled();

    /**
     * Writing {@code enabled}: {@code true} enables the patch, or reverses its unpatching
     * transition; {@code false} disables it, or reverses its patching transition. Returns when
     * the transition is over.
     */
    void setEnabled(boolean enabled);

    /** The kernel's {@code transition}: whether the patch is in transition. */
    boolean isTransition();

    /** The kernel's {@code replace}: whether the patch is cumulative. */
    boolean isReplace();

    /** The kernel's {@code stack_order}: the patch's place among the loaded patches, in load order, from 1. */
    int getStackOrder();

    /** Whether the patch's transition was forced, which pins it: it can never be unloaded. */
    boolean isForced();

    /**
     * The cumulative patch that replaced this one, {@code 'cum'} (or {@code 'cum', since
     * unloaded}), or the empty string: a replaced patch is disabled for good and can only be
     * unloaded.
     */
    String getReplacedBy();

    /** The patch's description, from {@code @LivePatch}. */
    String getDescription();

    /** The kernel's {@code force}: completes the patch's transition now; the patch is pinned. */
    void force();
}
