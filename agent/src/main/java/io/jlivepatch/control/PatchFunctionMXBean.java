package io.jlivepatch.control;

/**
 * One target method of a patch, {@code io.jlivepatch:type=Patch,name=<id>,object=<class>,
 * function=<name(descriptor)>}: the kernel's {@code /sys/kernel/livepatch/<patch>/<object>/<function,sympos>/},
 * with the {@code patched} flag the kernel keeps per function and does not show.
 */
public interface PatchFunctionMXBean {

    /** Whether the patch's replacement is on this method's stack and its class is bound ({@code list} says {@code patched}). */
    boolean isPatched();

    /**
     * What {@code list} says of the method: {@code patched}, {@code disabled}, {@code pending} or
     * {@code failed: why}; the first two with {@code  (failed in <n>: why)} when the patch runs in
     * some classes of that name and not in the others.
     */
    String getState();
}
