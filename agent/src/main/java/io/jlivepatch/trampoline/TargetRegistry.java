package io.jlivepatch.trampoline;

import java.util.List;
import java.util.Map;

/**
 * What the transformer asks the core: which methods of a class get trampolines, with the slot of
 * each in that definition of the class. Must be fast and must not take the patch lock: it runs on
 * class-loading threads.
 */
public interface TargetRegistry {

    /**
     * The target methods of the class with internal name {@code internalName}, being defined by
     * {@code loader} (or retransformed, {@code redefined}), as {@code name + descriptor} to slot
     * id, or {@code null} when it has none. A class defined again by another loader gets slots
     * of its own.
     */
    Map<String, Integer> targetsOf(ClassLoader loader, String internalName, Class<?> redefined);

    /**
     * A trampoline for slot {@code slotId} was emitted, into a method whose original bytecode
     * (the class file the JVM gives a transformer, before any trampoline) has {@code fingerprint}
     * ({@link io.jlivepatch.patch.Fingerprint}): what the load's guard compares with the one a
     * patch was built against.
     */
    void emitted(int slotId, String fingerprint);

    /** No trampoline could be emitted for slot {@code slotId}, for {@code error}. */
    void failed(int slotId, String error);

    /**
     * What is known now of the trampolines in each of the loaded {@code classes}; running a
     * class's answer puts it back, for a retransformation the JVM refused after the transformer
     * reported on bytes it then threw away. Called before the retransformation.
     */
    Map<Class<?>, Runnable> keep(List<Class<?>> classes);
}
