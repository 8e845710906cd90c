package io.jlivepatch.trampoline;

import java.util.Map;

/** What the transformer asks the core: which methods of a class get trampolines. */
public interface TargetRegistry {

    /**
     * The target methods of the class with internal name {@code internalName}, as
     * {@code name + descriptor} to slot id, or {@code null} when it has none. Must be fast and
     * must not take the patch lock: it runs on class-loading threads.
     */
    Map<String, Integer> targetsOf(String internalName);

    /** A trampoline for {@code slotId} was emitted into the class {@code internalName}. */
    void emitted(String internalName, int slotId);
}
