package io.jlivepatch.trampoline;

import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.Trampolines;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test classes with a trampoline in every declared method, loaded in a class loader of their
 * own (which delegates everything else to the test's), each method with a new slot.
 */
public final class Instrumented {

    private final Map<String, MethodSlot> slots = new HashMap<>();
    private final Set<Integer> emitted = new HashSet<>();
    private final Map<String, Class<?>> classes = new HashMap<>();

    /** Instruments and loads {@code sources}. */
    public Instrumented(Class<?>... sources) throws IOException, ClassNotFoundException {
        Map<String, Map<String, Integer>> targets = new HashMap<>();
        for (Class<?> c : sources) {
            Map<String, Integer> ofClass = new HashMap<>();
            for (Method m : c.getDeclaredMethods()) {
                String key = m.getName() + MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                        .toMethodDescriptorString();
                MethodSlot slot = Trampolines.newSlot(c.getName() + "." + key);
                slots.put(c.getSimpleName() + "." + m.getName(), slot);
                ofClass.put(key, slot.id());
            }
            targets.put(internalName(c), ofClass);
        }
        TargetRegistry registry = new TargetRegistry() {
            @Override
            public Map<String, Integer> targetsOf(ClassLoader loader, String internalName, Class<?> redefined) {
                return targets.get(internalName);
            }

            @Override
            public void emitted(int slotId, String fingerprint) {
                emitted.add(slotId);
            }

            @Override
            public void failed(int slotId, String error) {
                throw new AssertionError("slot " + slotId + ": " + error);
            }

            @Override
            public Map<Class<?>, Runnable> keep(List<Class<?>> classes) {
                throw new UnsupportedOperationException();
            }
        };
        Map<String, byte[]> instrumented = new HashMap<>();
        for (Class<?> c : sources) {
            instrumented.put(c.getName(), TrampolineInstaller.instrument(classFile(c), internalName(c),
                    targets.get(internalName(c)), registry));
        }
        ClassLoader loader = definingLoader(instrumented);
        for (Class<?> c : sources) {
            Class<?> defined = loader.loadClass(c.getName());
            classes.put(c.getSimpleName(), defined);
            // Bound, as the core binds the slots of a loaded class: tests publish bound stacks.
            for (Integer id : targets.get(internalName(c)).values()) {
                MethodSlot slot = slotById(id);
                slot.bindAndPublish(defined, slot.published(), null);
            }
        }
    }

    /**
     * A class loader that defines the classes of {@code classFiles} (binary name to bytes) itself
     * and delegates every other class to the test's loader.
     */
    public static ClassLoader definingLoader(Map<String, byte[]> classFiles) {
        return new ClassLoader(Instrumented.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    byte[] bytes = classFiles.get(name);
                    if (bytes == null) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : defineClass(name, bytes, 0, bytes.length);
                }
            }
        };
    }

    private MethodSlot slotById(int id) {
        for (MethodSlot s : slots.values()) {
            if (s.id() == id) {
                return s;
            }
        }
        throw new AssertionError("no slot " + id);
    }

    /** The slot of {@code SimpleClassName.method}; one per name, so no overloads in sources. */
    public MethodSlot slot(String simpleClassAndMethod) {
        MethodSlot s = slots.get(simpleClassAndMethod);
        if (s == null) {
            throw new AssertionError("no instrumented method " + simpleClassAndMethod);
        }
        return s;
    }

    public Map<String, MethodSlot> slots() {
        return slots;
    }

    public boolean emitted(MethodSlot slot) {
        return emitted.contains(slot.id());
    }

    /** The instrumented class of simple name {@code simpleName}. */
    public Class<?> loaded(String simpleName) {
        return classes.get(simpleName);
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    private static byte[] classFile(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
