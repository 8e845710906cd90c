package io.jlivepatch.quiescent;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.Targets;
import io.jlivepatch.transition.PlatformThreads;
import io.jlivepatch.transition.Transition;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.slf4j.Logger;

/**
 * Puts the offline and online stores into every quiescent region: {@code @Quiescent} methods as
 * their classes load, and those of classes loaded before the agent, by retransformation; and the
 * api's {@code Quiescence} blocks. See the package notes.
 */
public final class QuiescentInstaller {

    private static final Logger LOG = Log.get(QuiescentInstaller.class);

    static final String QUIESCENCE = "io/jlivepatch/api/Quiescence";
    private static final byte[] MARK = QuiescentEmitter.QUIESCENT.getBytes(StandardCharsets.UTF_8);

    private final Instrumentation inst;
    private final Predicate<ClassLoader> canLink;

    /** @param canLink whether classes of a loader resolve the agent's bootstrap classes */
    public QuiescentInstaller(Instrumentation inst, Predicate<ClassLoader> canLink) {
        this.inst = inst;
        this.canLink = canLink;
    }

    /** Registers the transformer, then retransforms the loaded classes that have quiescent regions. */
    public void install() {
        inst.addTransformer(new Transformer(), true);
        List<Class<?>> loaded = new ArrayList<>();
        Map<ClassLoader, Boolean> seesApi = new HashMap<>();
        Class<?>[] all = inst.getAllLoadedClasses();
        // None while the JVM shuts down (JVMTI's dead phase answers null, no exception).
        for (Class<?> c : all != null ? all : new Class<?>[0]) {
            try {
                if (hasRegions(c, seesApi)) {
                    loaded.add(c);
                }
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                LOG.debug("cannot read {}: {}", c.getName(), e.toString());
            }
        }
        for (Class<?> c : loaded) {
            rememberRegions(c);
            try {
                inst.retransformClasses(c);
            } catch (Exception | LinkageError e) {
                LOG.warn("the quiescent regions of {} cannot be marked: {}", c.getName(), e.toString());
            }
        }
        markThreadsInsideRegions();
    }

    /** The regions of a class loaded before the agent, whose frames may be running unmarked. */
    private static void rememberRegions(Class<?> c) {
        try {
            for (MethodInfo m : MethodInfo.of(c)) {
                if (m.quiescent()) {
                    UnmarkedRegions.addLoadedBeforeAttach(c.getName() + "." + m.name());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("cannot read the methods of {}: {}", c.getName(), e.toString());
        }
    }

    /**
     * A thread inside a region when the agent arrives keeps running the region's method as it
     * was, unmarked: it never goes offline there. Such threads are marked so that the region's
     * rules still apply to the patched methods they call there. Said at debug level only: most
     * regions end soon, and the not-watching warning names the case when it matters.
     */
    private static void markThreadsInsideRegions() {
        if (UnmarkedRegions.none()) {
            // No class with regions was loaded before the agent: no stack can hold one unmarked.
            return;
        }
        // Carriers left out: their snapshot can crash the JVM, and their own stacks hold no region.
        for (Map.Entry<Thread, StackTraceElement[]> e : PlatformThreads.stacksWithoutCarriers().entrySet()) {
            markIfInside(e.getKey(), e.getValue());
        }
        // The virtual threads too (JDK 21+), which the platform threads' look leaves out: one
        // that switches itself at its first patched call's exit is never looked at by a round,
        // so its calls in the region ran without the region's rules (carried from review). Once,
        // at attach, and only with regions loaded before it: a stack each, 10,000 in about 0.2 s.
        for (Thread t : Transition.liveVirtualThreads()) {
            StackTraceElement[] stack;
            try {
                stack = t.getStackTrace();
            } catch (RuntimeException e) {
                continue;
            }
            markIfInside(t, stack);
        }
    }

    private static void markIfInside(Thread t, StackTraceElement[] stack) {
        String region = UnmarkedRegions.outermost(stack);
        if (region != null) {
            Epoch.recordOf(t).markUnmarkedRegionRelease(region);
            LOG.debug("thread '{}' (#{}) is inside quiescent region {}, entered before the agent was attached:"
                    + " it stays tracked by reclamation until it leaves the region, and the patched methods it"
                    + " calls there during a transition run by the region's not-watching policy", t.getName(),
                    Epoch.threadId(t), region);
        }
    }

    /** Whether a loaded class has quiescent regions, from its class file on its loader's path. */
    private boolean hasRegions(Class<?> c, Map<ClassLoader, Boolean> seesApi) throws java.io.IOException {
        ClassLoader loader = c.getClassLoader();
        boolean quiescence = c.getName().equals(QUIESCENCE.replace('/', '.'));
        // The agent's own packages and the api, not every io.jlivepatch class: applications (the
        // demo, the test fixture) may live under io.jlivepatch too.
        if (c.isArray() || c.isPrimitive() || c.isHidden() || !inst.isModifiableClass(c) || loader == null
                || !quiescence && Targets.neverPatchReason(c.getName()) != null) {
            return false;
        }
        if (!seesApi.computeIfAbsent(loader, l -> l.getResource("io/jlivepatch/api/Quiescent.class") != null)) {
            return false;
        }
        if (quiescence) {
            return true;
        }
        try (InputStream in = loader.getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
            return in != null && contains(in.readAllBytes(), MARK);
        }
    }

    private final class Transformer implements ClassFileTransformer {
        @Override
        public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
                ProtectionDomain domain, byte[] classFile) {
            if (internalName == null || loader == null
                    || !(internalName.equals(QUIESCENCE) || contains(classFile, MARK))) {
                return null;
            }
            try {
                if (!canLink.test(loader)) {
                    LOG.warn("the quiescent regions of {} cannot be marked: its class loader cannot see the agent's"
                            + " support classes", internalName.replace('/', '.'));
                    return null;
                }
                return internalName.equals(QUIESCENCE) ? quiescence(classFile) : regions(classFile, internalName);
            } catch (Throwable t) {
                // Never into the class-loading thread: the class stays as it was.
                LOG.warn("the quiescent regions of {} cannot be marked: {}", internalName.replace('/', '.'), t.toString());
                return null;
            }
        }
    }

    /** {@code classFile} with each {@code @Quiescent} method made a region. */
    static byte[] regions(byte[] classFile, String internalName) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        String binaryName = internalName.replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (mv == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || name.startsWith("<")) {
                    return mv;
                }
                return new QuiescentEmitter(mv, access, descriptor, binaryName + "." + name);
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /**
     * The api's {@code Quiescence} made to work: {@code enter(region)} takes the thread offline,
     * {@code close()} brings it back. Without the agent both do nothing.
     */
    static byte[] quiescence(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean enter = name.equals("enter") && descriptor.equals("(Ljava/lang/String;)L" + QUIESCENCE + ";");
                boolean close = name.equals("close") && descriptor.equals("()V");
                if (mv == null || !enter && !close) {
                    return mv;
                }
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        if (enter) {
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            QuiescentEmitter.callGoOffline(mv);
                            mv.visitInsn(Opcodes.POP);
                        } else {
                            mv.visitMethodInsn(Opcodes.INVOKESTATIC, QuiescentEmitter.EPOCH, "goOnlineCurrent", "()V",
                                    false);
                        }
                    }

                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        super.visitMaxs(Math.max(maxStack, 1), maxLocals);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Whether {@code haystack} holds the bytes of {@code needle}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
