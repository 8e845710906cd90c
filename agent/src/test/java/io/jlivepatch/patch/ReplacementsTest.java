package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.fixtures.Secretive;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Replacement code defined by a patch class loader under the target's ({@link PatchCode}): it
 * reads the target's private field, which javac would not compile but a patch built from
 * bytecode does, through the access call site the definition puts in its place.
 */
class ReplacementsTest {

    private static final String TARGET = "io/jlivepatch/patch/fixtures/Secretive";
    private static final String PATCH = "com/acme/patches/Reveal";

    @Test
    void replacementCodeHasTheTargetsPrivateAccess() throws Throwable {
        Lookup hidden = PatchCode.define(Replacements.fullPrivilegeLookup(Secretive.class, null), patch());
        assertFalse(hidden.lookupClass().isHidden());
        assertEquals("com.acme.patches.Reveal", hidden.lookupClass().getName(), "the patch class keeps its name");
        assertEquals("jlivepatch:reveal", hidden.lookupClass().getClassLoader().getName());
        assertSame(Secretive.class.getClassLoader(), hidden.lookupClass().getClassLoader().getParent());
        MethodInfo target = new MethodInfo("reveal", "()I", Opcodes.ACC_PUBLIC, false);
        MethodHandle h = Replacements.handle(hidden, Secretive.class, target, redirect(), "reveal");
        assertEquals(MethodType.methodType(int.class, Secretive.class), h.type(), "the trampoline's exact type");
        assertEquals(42, (int) h.invokeExact(new Secretive()));
    }

    @Test
    void aTargetInAnotherModuleStillGetsAFullPrivilegeLookup() throws Throwable {
        Class<?> elsewhere = new IsolatingLoader().loadClass(Secretive.class.getName());
        assertNotSame(Secretive.class.getModule(), elsewhere.getModule(), "another loader's unnamed module");
        Lookup lookup = Replacements.fullPrivilegeLookup(elsewhere, null);
        assertTrue(lookup.hasFullPrivilegeAccess());
        assertSame(elsewhere, lookup.lookupClass());
        Lookup hidden = PatchCode.define(lookup, patch());
        MethodInfo target = new MethodInfo("reveal", "()I", Opcodes.ACC_PUBLIC, false);
        MethodHandle h = Replacements.handle(hidden, elsewhere, target, redirect(), "reveal");
        assertEquals(42, (int) h.invoke(elsewhere.getConstructor().newInstance()));
    }

    @Test
    void aReceiverParameterTheTargetIsNotIsRefused() throws Throwable {
        Lookup hidden = PatchCode.define(Replacements.fullPrivilegeLookup(Secretive.class, null), patch());
        MethodInfo target = new MethodInfo("reveal", "()I", Opcodes.ACC_PUBLIC, false);
        PatchException e = assertThrows(PatchException.class,
                () -> Replacements.handle(hidden, String.class, target, redirect(), "reveal"));
        assertEquals("replacement reveal(L" + TARGET + ";)I does not fit java.lang.String.reveal()I: its receiver"
                + " parameter is io.jlivepatch.patch.fixtures.Secretive, which java.lang.String is not", e.getMessage());
    }

    private static RedirectDefinition redirect() {
        return new RedirectDefinition(TARGET.replace('/', '.'), "reveal", "", "reveal", "(L" + TARGET + ";)I");
    }

    /** {@code static int reveal(Secretive s) { return s.secret + 1; }}, in a package of its own. */
    private static PatchDefinition patch() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, PATCH, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "reveal", "(L" + TARGET + ";)I",
                null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, TARGET, "secret", "I");
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        return new PatchDefinition("reveal", "", false, PATCH.replace('/', '.'),
                List.of(redirect()), Callbacks.NONE, "0".repeat(64), null, Map.of(PATCH, bytes), List.of(), Map.of());
    }

    /** Defines the fixture class itself, so it lands in this loader's unnamed module. */
    private static final class IsolatingLoader extends ClassLoader {
        IsolatingLoader() {
            super(ReplacementsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(Secretive.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
