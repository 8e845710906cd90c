package io.jlivepatch.control;

/**
 * One target class of a patch, {@code io.jlivepatch:type=Patch,name=<id>,object=<class>}: the
 * kernel's {@code /sys/kernel/livepatch/<patch>/<object>/}.
 */
public interface PatchObjectMXBean {

    /**
     * The kernel's {@code patched}: whether the patch runs in this class, that is, the patch is
     * enabled (during its transition too) and the class is loaded and bound to it.
     */
    boolean isPatched();
}
