package io.jlivepatch.trampoline;

import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.patch.Fingerprint;
import io.jlivepatch.patch.PatchException;
import java.lang.instrument.ClassFileTransformer;
import io.jlivepatch.log.Log;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.slf4j.Logger;

/**
 * Puts trampolines into target classes: one class-file transformer, installed once, that
 * instruments the methods the {@link TargetRegistry} names, when their class loads and whenever
 * it is retransformed. Retransformation starts from the class's original bytes, so every pass
 * emits the trampolines of all registered methods of the class again.
 *
 * <p>The transformer is plain ASM. Byte Buddy's {@code AgentBuilder} was the first choice, but
 * constructing one touches {@code sun.misc.Unsafe}, for which JDK 24+ prints a warning into the
 * host's standard error; the agent must print no warnings of its own making.
 */
public final class TrampolineInstaller {

    private static final Logger LOG = Log.get(TrampolineInstaller.class);

    /** Oldest class file version that may hold an {@code invokedynamic} (Java 7). */
    private static final int MIN_VERSION = Opcodes.V1_7;

    private final Instrumentation inst;
    private final TargetRegistry registry;
    private final Map<ClassLoader, Boolean> loadersThatSeeUs = new WeakHashMap<>();
    private final TransformGate gate = new TransformGate();

    public TrampolineInstaller(Instrumentation inst, TargetRegistry registry) {
        this.inst = inst;
        this.registry = registry;
    }

    /**
     * After a registration of targets, waits (at most {@code timeoutMillis}) until every transform
     * that may have read the targets before it has left ({@link TransformGate}): a class it
     * instrumented is then defined, or about to be, and the classes loaded from then on carry
     * the new targets. Answers whether they all left in time.
     */
    public boolean awaitEarlierTransforms(long timeoutMillis) {
        return gate.awaitEarlier(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Registers the transformer with the JVM. Called once. */
    public void install() {
        Fingerprint.warmUp();
        inst.addTransformer(new Transformer(), true);
    }

    /**
     * Whether classes of {@code loader} resolve the trampoline's bootstrap method to the agent's
     * own {@link Trampolines}; a trampoline in any other class would fail to link.
     */
    public boolean canLink(ClassLoader loader) {
        synchronized (loadersThatSeeUs) {
            Boolean known = loadersThatSeeUs.get(loader);
            if (known != null) {
                return known;
            }
        }
        // Not under the monitor: the lookup runs the application's class loader, which may wait
        // for a lock another definition holds while that definition, in our transformer, waits
        // for this monitor (review 4: a parent and a child loader deadlocked). Two threads may
        // ask at once; they get the same answer.
        boolean sees;
        try {
            sees = Class.forName(Trampolines.class.getName(), false, loader) == Trampolines.class;
        } catch (ClassNotFoundException | RuntimeException | Error e) {
            // Whatever the loader throws (review of issue 14: one threw an AssertionError, which
            // escaped a disable's completion): it cannot link.
            sees = false;
        }
        synchronized (loadersThatSeeUs) {
            loadersThatSeeUs.putIfAbsent(loader, sees);
        }
        return sees;
    }

    /**
     * Retransforms {@code classes} so their registered methods get trampolines, and those of
     * methods no longer registered lose theirs. Whether each one got them, the registry hears
     * ({@link TargetRegistry#emitted}, {@link TargetRegistry#failed}).
     *
     * @throws PatchException naming the first class that could not be retransformed; the
     *     others are retransformed all the same ({@link #retransformEach}), and keep their
     *     (idle) trampolines, which change no behaviour
     */
    public void retransform(List<Class<?>> classes) throws PatchException {
        for (Class<?> c : classes) {
            if (!inst.isModifiableClass(c)) {
                throw new PatchException("cannot patch " + c.getName() + ": the JVM cannot retransform it");
            }
        }
        Map<Class<?>, String> failures = retransformEach(classes);
        if (!failures.isEmpty()) {
            throw new PatchException(failures.values().iterator().next());
        }
    }

    /**
     * Retransforms each of {@code classes} as {@link #retransform} does, past any that fails:
     * answers why each failed (in order), empty when all were retransformed. One call for all:
     * one VM operation, not one per class (thousands of copies of a class, one per class loader,
     * made a disable that took its trampolines out last over a minute). The JVM retransforms all
     * or none, so when that call fails each class is tried on its own, once.
     */
    public Map<Class<?>, String> retransformEach(List<Class<?>> classes) {
        Map<Class<?>, String> failures = new LinkedHashMap<>();
        if (classes.isEmpty()) {
            return failures;
        }
        if (LOG.isDebugEnabled()) {
            for (Class<?> c : classes) {
                LOG.debug("retransforming {}", c.getName());
            }
        }
        // A class the JVM refuses (another agent's transformer broke it, say) keeps its old code,
        // trampolines and all, but the transformer has already reported on the bytes it threw
        // away, for every method of the class, another patch's too: what was known before is put
        // back (found by review: a later enable trusted such a report, and listed patched a copy
        // that ran the old code).
        Map<Class<?>, Runnable> kept = registry.keep(classes);
        try {
            inst.retransformClasses(classes.toArray(Class<?>[]::new));
            return failures;
        } catch (UnmodifiableClassException | RuntimeException | Error e) {
            kept.values().forEach(Runnable::run);
            LOG.debug("retransforming {} classes at once failed ({}); one by one", classes.size(), e.toString());
        }
        for (Class<?> c : classes) {
            try {
                inst.retransformClasses(c);
            } catch (UnmodifiableClassException | RuntimeException | Error e) {
                kept.get(c).run();
                failures.put(c, "cannot patch " + c.getName() + ": retransformation failed: " + e);
            }
        }
        return failures;
    }

    /** Lets a named module read the module of {@link Trampolines}, as its trampolines must. */
    private void addReads(Module module) {
        Module ours = Trampolines.class.getModule();
        if (module != null && module.isNamed() && !module.canRead(ours)) {
            inst.redefineModule(module, Set.of(ours), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }

    private final class Transformer implements ClassFileTransformer {

        @Override
        public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
                ProtectionDomain domain, byte[] classFile) {
            if (internalName == null) {
                return null;
            }
            int token = gate.enter();
            try {
                return transform(module, loader, internalName, redefined, classFile);
            } finally {
                gate.exit(token);
            }
        }

        private byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
                byte[] classFile) {
            Map<String, Integer> targets = registry.targetsOf(loader, internalName, redefined);
            if (targets == null) {
                return null;
            }
            try {
                if (!canLink(loader)) {
                    fail(targets, "its class loader " + loaderName(loader) + " cannot see the agent's trampoline"
                            + " support; start the agent with bootstrap=boot");
                    return null;
                }
                addReads(module);
                return instrument(classFile, internalName, targets, registry);
            } catch (Throwable t) {
                // Never into the class-loading thread: the class stays as it was, and the error
                // reaches whoever asked for the trampoline.
                fail(targets, t.getMessage() == null ? t.toString() : t.getMessage());
                return null;
            }
        }

        private void fail(Map<String, Integer> targets, String error) {
            for (int id : targets.values()) {
                registry.failed(id, error);
            }
        }
    }

    /** How messages name a class loader. */
    public static String loaderName(ClassLoader l) {
        if (l == null) {
            return "bootstrap";
        }
        return l.getName() != null ? "'" + l.getName() + "'"
                : l.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(l));
    }

    /**
     * {@code classFile} with a trampoline in front of each method that {@code targets} names
     * (name + descriptor to slot id); {@code registry} hears of each one emitted, once the class
     * file is written: a method the trampoline would make too large for the JVM (64 KiB of code)
     * is reported failed and left as it was, and the class is written again without it, so that
     * the other methods keep their trampolines.
     */
    static byte[] instrument(byte[] classFile, String internalName, Map<String, Integer> targets,
            TargetRegistry registry) {
        Map<String, Integer> remaining = new HashMap<>(targets);
        Map<String, Integer> firstLines = firstLines(new ClassReader(classFile), targets);
        // Of the bytes the JVM hands a transformer: the original class file on every pass
        // (retransformation starts from it), so never a trampoline's.
        Map<String, String> fingerprints = Fingerprint.ofMethods(classFile, targets.keySet());
        Map<Integer, String> bySlot = new HashMap<>();
        targets.forEach((method, slot) -> bySlot.put(slot, fingerprints.get(method)));
        while (true) {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            List<Integer> emitted = new ArrayList<>();
            reader.accept(new TargetClassVisitor(writer, internalName, remaining, emitted, firstLines),
                    ClassReader.EXPAND_FRAMES);
            byte[] written;
            try {
                written = writer.toByteArray();
            } catch (MethodTooLargeException e) {
                Integer slot = remaining.remove(e.getMethodName() + e.getDescriptor());
                if (slot == null) {
                    throw e;
                }
                registry.failed(slot, "its code (" + e.getCodeSize() + " bytes with the trampoline) would exceed the"
                        + " JVM's limit of 65535 bytes per method");
                continue;
            }
            for (int slot : emitted) {
                registry.emitted(slot, bySlot.get(slot));
            }
            return written;
        }
    }

    /**
     * The first line number of each target method's code (name + descriptor), for the prologue:
     * so that a stack trace, or a stall report, that shows a thread in the trampoline names the
     * method's first line rather than no line at all.
     */
    private static Map<String, Integer> firstLines(ClassReader reader, Map<String, Integer> targets) {
        Map<String, Integer> lines = new HashMap<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                String key = name + descriptor;
                if (!targets.containsKey(key)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLineNumber(int line, org.objectweb.asm.Label start) {
                        lines.putIfAbsent(key, line);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return lines;
    }

    private static final class TargetClassVisitor extends ClassVisitor {
        private final String internalName;
        private final Map<String, Integer> targets;
        private final List<Integer> emitted;
        private final Map<String, Integer> firstLines;

        TargetClassVisitor(ClassVisitor next, String internalName, Map<String, Integer> targets,
                List<Integer> emitted, Map<String, Integer> firstLines) {
            super(Opcodes.ASM9, next);
            this.internalName = internalName;
            this.targets = targets;
            this.emitted = emitted;
            this.firstLines = firstLines;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            if ((version & 0xFFFF) < MIN_VERSION) {
                throw new IllegalStateException("its class file version " + (version & 0xFFFF)
                        + " is older than Java 7, which trampolines need");
            }
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            Integer slot = targets.get(name + descriptor);
            if (slot == null || mv == null
                    || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || name.startsWith("<")) {
                return mv;
            }
            emitted.add(slot);
            return new TrampolineEmitter(mv, internalName, access, descriptor, slot,
                    firstLines.getOrDefault(name + descriptor, -1));
        }
    }
}
