package io.jlivepatch.epoch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What a thread's class overrides, as the barrier and the transition ask it. */
class ThreadClassesTest {

    @Test
    void threadAndItsPlainSubclassesKeepGetStackTrace() {
        assertTrue(ThreadClasses.keepsGetStackTrace(new Thread()));
        assertTrue(ThreadClasses.keepsGetStackTrace(new Thread() { }));
    }

    @Test
    void anOverrideIsSeen() {
        assertFalse(ThreadClasses.keepsGetStackTrace(new Thread() {
            @Override
            public StackTraceElement[] getStackTrace() {
                return new StackTraceElement[0];
            }
        }));
    }

    /**
     * Review: a thread class with a public method whose signature names a class its loader
     * cannot find: {@code getMethod} throws {@code NoClassDefFoundError}, which escaped every
     * grace period with such a thread online. It counts as overriding (the safepoint fences it).
     */
    @Test
    void aThreadClassWithAMissingTypeInASignatureCountsAsOverriding() throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "odd/OddThread", null, "java/lang/Thread", null);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Thread", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC, "missing", "()Lodd/Missing;", null, null);
        m.visitCode();
        m.visitInsn(Opcodes.ACONST_NULL);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        ClassLoader loader = new ClassLoader(ThreadClassesTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("odd.OddThread")) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        Class<?> odd = loader.loadClass("odd.OddThread");
        assertThrows(NoClassDefFoundError.class, () -> odd.getMethod("getStackTrace"), "the premise");
        Thread t = (Thread) odd.getConstructor().newInstance();
        assertFalse(ThreadClasses.keepsGetStackTrace(t));
    }
}
