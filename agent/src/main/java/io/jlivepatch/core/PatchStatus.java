package io.jlivepatch.core;

import java.util.List;

/**
 * A loaded patch as the control plane shows it: the kernel's {@code /sys/kernel/livepatch/<patch>}.
 *
 * @param id the patch's id
 * @param enabled whether it is enabled (the kernel's {@code enabled})
 * @param replace whether it is a cumulative patch
 * @param forced whether a forced transition pinned it
 * @param transition its transition in flight, as {@code patching: 12/14 threads switched} (then
 *     {@code , completing: waiting for a read section} while a read section holds its completion),
 *     or {@code null}
 * @param description its description, possibly empty
 * @param targets its target methods, in the order of the patch class
 * @param replacedBy the cumulative patch that replaced it, {@code 'cum'} or {@code 'cum', since
 *     unloaded}, or {@code null}: a replaced patch is disabled for good, it can only be unloaded
 */
public record PatchStatus(String id, boolean enabled, boolean replace, boolean forced, String transition,
        String description, List<Target> targets, String replacedBy) {

    /**
     * One target method of a patch.
     *
     * @param method {@code class.name(descriptor)}
     * @param state {@code patched}, {@code disabled}, {@code pending} (no class of that name has
     *     run it yet), or {@code failed: why} (in every class of that name); always {@code
     *     disabled} for a patch a cumulative patch replaced, which no class will run again
     * @param classes how many classes of that name (one per class loader) the method is bound in,
     *     or failed in
     * @param failedIn when the patch runs in some of those classes and not in others:
     *     {@code <n>: why}, how many it does not run in and why (the first's), else {@code null}
     */
    public record Target(String method, String state, int classes, String failedIn) {

        /** The state, and where it failed if only in some classes: what {@code list} and JMX show. */
        public String describe() {
            return failedIn == null ? state : state + " (failed in " + failedIn + ")";
        }
    }
}
