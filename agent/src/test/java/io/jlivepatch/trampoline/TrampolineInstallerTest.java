package io.jlivepatch.trampoline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the transformer tells the registry: a trampoline counts as emitted only once the class
 * file is written, and a method the trampoline would push over the JVM's 64 KiB limit is reported
 * failed while the other methods of its class keep theirs (issue 10, found in review: the load
 * succeeded and {@code list} said patched while the method ran its original code).
 */
class TrampolineInstallerTest {

    private static final String NAME = "io/jlivepatch/trampoline/Generated";

    /** A class with {@code big()}, {@code bigSize} bytes of code, and {@code small()}. */
    private static byte[] classWith(int bigSize) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, NAME, null, "java/lang/Object", null);
        MethodVisitor big = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "big", "()V", null, null);
        big.visitCode();
        for (int i = 0; i < bigSize - 1; i++) {
            big.visitInsn(Opcodes.NOP);
        }
        big.visitInsn(Opcodes.RETURN);
        big.visitMaxs(0, 0);
        big.visitEnd();
        MethodVisitor small = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "small", "()I", null, null);
        small.visitCode();
        small.visitInsn(Opcodes.ICONST_1);
        small.visitInsn(Opcodes.IRETURN);
        small.visitMaxs(0, 0);
        small.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Records what the transformer reports. */
    private static final class Recorder implements TargetRegistry {
        final List<Integer> emitted = new ArrayList<>();
        final Map<Integer, String> failed = new HashMap<>();

        @Override
        public Map<String, Integer> targetsOf(ClassLoader loader, String internalName, Class<?> redefined) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void emitted(int slotId, String fingerprint) {
            emitted.add(slotId);
        }

        @Override
        public void failed(int slotId, String error) {
            failed.put(slotId, error);
        }

        @Override
        public Map<Class<?>, Runnable> keep(List<Class<?>> classes) {
            throw new UnsupportedOperationException();
        }
    }

    /** The methods of {@code classFile} that hold an {@code invokedynamic}. */
    private static List<String> withTrampolines(byte[] classFile) {
        List<String> names = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, org.objectweb.asm.Handle bsm, Object... args) {
                        if (!names.contains(name)) {
                            names.add(name);
                        }
                    }
                };
            }
        }, 0);
        return names;
    }

    @Test
    void aMethodWithNoRoomIsReportedFailedAndTheOthersKeepTheirTrampolines() {
        Recorder r = new Recorder();
        byte[] out = TrampolineInstaller.instrument(classWith(65_500), NAME, Map.of("big()V", 1, "small()I", 2), r);
        assertEquals(List.of(2), r.emitted);
        assertEquals(List.of(1), List.copyOf(r.failed.keySet()));
        assertTrue(r.failed.get(1).contains("would exceed the JVM's limit of 65535 bytes per method"), r.failed.get(1));
        assertEquals(List.of("small"), withTrampolines(out));
    }

    @Test
    void everyTrampolineThatFitsIsReportedOnceTheClassIsWritten() {
        Recorder r = new Recorder();
        byte[] out = TrampolineInstaller.instrument(classWith(1_000), NAME, Map.of("big()V", 1, "small()I", 2), r);
        assertEquals(List.of(1, 2), r.emitted.stream().sorted().toList());
        assertTrue(r.failed.isEmpty(), r.failed.toString());
        assertEquals(List.of("big", "small"), withTrampolines(out));
    }
}
