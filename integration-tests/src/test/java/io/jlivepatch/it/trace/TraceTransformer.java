package io.jlivepatch.it.trace;

import java.lang.instrument.ClassFileTransformer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The tracer's hooks, by kind of class:
 * <ul>
 *   <li>a JDK class (of a module of the boot layer) that the agent does not refuse as a target:
 *       a {@link Recorder#hit} at the entry of every method a patch may target;
 *   <li>a class of the agent that holds entry points of a {@link MachineryPath}: their entry and
 *       every exit, a thrown one included, raise and lower the thread's depth;
 *   <li>a class of the application with trampolines: the trampolines' {@code invokedynamic}
 *       ({@link MachineryPath#LINK}) and the {@code invokeExact} that follow it in the same
 *       method ({@link MachineryPath#INVOKE}) raise the depth for that one instruction.
 * </ul>
 * Registered after the agent's own transformer, so a retransformation hands it the trampolines
 * the agent emitted. Never throws: a class it cannot rewrite stays as it is and is reported.
 */
final class TraceTransformer implements ClassFileTransformer {

    static final String RECORDER = "io/jlivepatch/it/trace/Recorder";
    static final String TRAMPOLINES = "io/jlivepatch/bootstrap/Trampolines";
    private static final byte[] TRAMPOLINES_BYTES = TRAMPOLINES.getBytes(StandardCharsets.UTF_8);
    private static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";

    /**
     * Never instrumented, whatever the agent refuses: the recorder calls
     * {@code Thread.currentThread()} and {@code Thread.getId()}. The report names it when the
     * agent does not refuse it.
     */
    static final String UNTRACEABLE = "java.lang.Thread";

    private final Method neverPatchReason;
    private final ModuleLayer bootLayer = ModuleLayer.boot();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final String[] names = new String[Recorder.MAX_CLASSES];
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    private final Set<String> probed = ConcurrentHashMap.newKeySet();
    private final Set<String> trampolined = ConcurrentHashMap.newKeySet();
    private final Map<String, MachineryPath> loadedOnPaths = new ConcurrentHashMap<>();

    /** @param neverPatchReason the agent's {@code Targets.neverPatchReason(String)} */
    TraceTransformer(Method neverPatchReason) {
        this.neverPatchReason = neverPatchReason;
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
            ProtectionDomain domain, byte[] bytes) {
        if (internalName == null) {
            return null;
        }
        int path = Recorder.innermost();
        int saved = Recorder.suspend();
        try {
            if (path >= 0 && redefined == null) {
                loadedOnPaths.putIfAbsent(internalName.replace('/', '.'), MachineryPath.values()[path]);
            }
            return rewrite(module, internalName, bytes);
        } catch (Throwable t) {
            skipped.put(internalName.replace('/', '.'), "cannot be instrumented: " + t);
            return null;
        } finally {
            Recorder.resume(saved);
        }
    }

    /** Which kind the class is, without rewriting it; for the premain's retransformation. */
    boolean wants(Class<?> c) {
        String name = c.getName();
        return isJdk(c.getModule()) && traceable(name) || MachineryPath.isOwner(name.replace('.', '/'));
    }

    private byte[] rewrite(Module module, String internalName, byte[] bytes) throws Exception {
        if (MachineryPath.isOwner(internalName)) {
            byte[] rewritten = instrument(bytes, ClassReader.EXPAND_FRAMES,
                    next -> new EntryPoints(next, internalName));
            probed.add(internalName);
            return rewritten;
        }
        String name = internalName.replace('/', '.');
        if (isJdk(module)) {
            if (!traceable(name)) {
                return null;
            }
            int id = id(name);
            if (id < 0) {
                skipped.put(name, "more than " + Recorder.MAX_CLASSES + " classes");
                return null;
            }
            return instrument(bytes, 0, next -> new Hits(next, id));
        }
        if (!module.isNamed() && contains(bytes, TRAMPOLINES_BYTES)) {
            boolean[] found = new boolean[1];
            byte[] rewritten = instrument(bytes, 0, next -> new Trampolined(next, found));
            if (found[0]) {
                trampolined.add(name);
                return rewritten;
            }
        }
        return null;
    }

    private boolean isJdk(Module module) {
        return module.isNamed() && module.getLayer() == bootLayer;
    }

    /** Whether the agent may patch {@code name}, so that the tracer must look at it. */
    private boolean traceable(String name) {
        String reason;
        try {
            reason = (String) neverPatchReason.invoke(null, name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Targets.neverPatchReason(" + name + ")", e);
        }
        if (reason != null) {
            return false;
        }
        if (name.equals(UNTRACEABLE)) {
            skipped.put(name, "the recorder uses it");
            return false;
        }
        return true;
    }

    private synchronized int id(String name) {
        Integer known = ids.get(name);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        if (id >= Recorder.MAX_CLASSES) {
            return -1;
        }
        ids.put(name, id);
        names[id] = name;
        return id;
    }

    private interface Wrap {
        ClassVisitor around(ClassVisitor next);
    }

    private static byte[] instrument(byte[] bytes, int readFlags, Wrap wrap) {
        ClassReader reader = new ClassReader(bytes);
        // No frames computed: every hook leaves the stack and the locals as it found them, and
        // the one handler added (EntryPoints) declares its own frame.
        ClassWriter writer = new ClassWriter(readFlags == 0 ? reader : null, 0);
        reader.accept(wrap.around(writer), readFlags);
        return writer.toByteArray();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- for the report

    /**
     * Each class that ran on a path: its {@code class} line, with the paths, and its
     * {@code stack} line, where it first ran; in class-id order.
     */
    List<String> classesOnPaths() {
        List<String> lines = new ArrayList<>();
        for (int id = 0; id < ids.size(); id++) {
            long paths = Recorder.paths(id);
            if (paths == 0) {
                continue;
            }
            List<String> on = new ArrayList<>();
            for (MachineryPath p : MachineryPath.values()) {
                if ((paths & 1L << p.ordinal()) != 0) {
                    on.add(p.name());
                }
            }
            lines.add("class " + names[id] + " " + String.join(",", on));
            StackTraceElement[] stack = Recorder.firstStack(id);
            if (stack != null) {
                StringBuilder frames = new StringBuilder();
                // From the traced method down: the first frame is the recorder's.
                for (int i = 1; i < stack.length; i++) {
                    frames.append(i == 1 ? "" : "|").append(stack[i]);
                }
                lines.add("stack " + names[id] + " " + frames);
            }
        }
        return lines;
    }

    /** Classes whose loading, on the thread that needed them, began on a path. */
    Map<String, MachineryPath> loadedOnPaths() {
        return loadedOnPaths;
    }

    int instrumented() {
        return ids.size();
    }

    void skip(String className, String why) {
        skipped.put(className, why);
    }

    Map<String, String> skipped() {
        return skipped;
    }

    Set<String> probed() {
        return probed;
    }

    Set<String> trampolined() {
        return trampolined;
    }

    // ---------------------------------------------------------------- the hooks

    /**
     * A JDK class: {@code Recorder.hit(id)} first in every method a patch may target, so neither
     * constructors nor class initialisers: a class whose constructor alone runs on a path need
     * not be refused (its constructor's calls of its methods are seen as such).
     */
    private static final class Hits extends ClassVisitor {

        private final int id;

        Hits(ClassVisitor next, int id) {
            super(Opcodes.ASM9, next);
            this.id = id;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || name.startsWith("<")) {
                return mv;
            }
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitCode() {
                    super.visitCode();
                    super.visitLdcInsn(id);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "hit", "(I)V", false);
                }

                @Override
                public void visitMaxs(int maxStack, int maxLocals) {
                    super.visitMaxs(Math.max(maxStack, 1), maxLocals);
                }
            };
        }
    }

    /**
     * A class of the agent: each entry point enters its path first, and exits it before each
     * return and, through a catch-all handler appended after every handler of its own, when it
     * throws.
     */
    private static final class EntryPoints extends ClassVisitor {

        private final String owner;

        EntryPoints(ClassVisitor next, String owner) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            MachineryPath path = MachineryPath.of(owner, name);
            if (path == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                return mv;
            }
            return new MethodVisitor(Opcodes.ASM9, mv) {
                private final Label start = new Label();

                @Override
                public void visitCode() {
                    super.visitCode();
                    super.visitLdcInsn(path.ordinal());
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "enter", "(I)V", false);
                    super.visitLabel(start);
                }

                @Override
                public void visitInsn(int opcode) {
                    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "exit", "()V", false);
                    }
                    super.visitInsn(opcode);
                }

                @Override
                public void visitMaxs(int maxStack, int maxLocals) {
                    Label end = new Label();
                    super.visitLabel(end);
                    // No local is needed: the frame leaves them all unknown, which every frame of
                    // the body may be merged into.
                    super.visitFrame(Opcodes.F_NEW, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "exit", "()V", false);
                    super.visitInsn(Opcodes.ATHROW);
                    super.visitTryCatchBlock(start, end, end, null);
                    super.visitMaxs(Math.max(maxStack, 1), maxLocals);
                }
            };
        }
    }

    /**
     * A class with trampolines: each {@code invokedynamic} of {@code Trampolines.bootstrap} is
     * the {@link MachineryPath#LINK} path, and each {@code invokeExact} after one in the same
     * method the {@link MachineryPath#INVOKE} path.
     */
    private static final class Trampolined extends ClassVisitor {

        private final boolean[] found;

        /** @param found set when the class has a trampoline */
        Trampolined(ClassVisitor next, boolean[] found) {
            super(Opcodes.ASM9, next);
            this.found = found;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            return new MethodVisitor(Opcodes.ASM9, mv) {
                private boolean inTrampoline;

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bsm,
                        Object... bsmArgs) {
                    if (!TRAMPOLINES.equals(bsm.getOwner())) {
                        super.visitInvokeDynamicInsn(indyName, indyDescriptor, bsm, bsmArgs);
                        return;
                    }
                    found[0] = true;
                    inTrampoline = true;
                    enter(MachineryPath.LINK);
                    super.visitInvokeDynamicInsn(indyName, indyDescriptor, bsm, bsmArgs);
                    exit();
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor,
                        boolean isInterface) {
                    boolean wrap = inTrampoline && opcode == Opcodes.INVOKEVIRTUAL && METHOD_HANDLE.equals(owner)
                            && methodName.equals("invokeExact");
                    if (wrap) {
                        enter(MachineryPath.INVOKE);
                    }
                    super.visitMethodInsn(opcode, owner, methodName, methodDescriptor, isInterface);
                    if (wrap) {
                        exit();
                    }
                }

                private void enter(MachineryPath path) {
                    super.visitLdcInsn(path.ordinal());
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "enter", "(I)V", false);
                }

                private void exit() {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "exit", "()V", false);
                }

                @Override
                public void visitMaxs(int maxStack, int maxLocals) {
                    super.visitMaxs(maxStack + 1, maxLocals);
                }
            };
        }
    }
}
