package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jlivepatch.patch.fixtures.Guarded;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * How {@link PatchCode} defines a patch's code: in a class loader of its own under the target's,
 * with what javac cannot write from another package (private and package-private members) reached
 * through {@link PatchAccess}, and what cannot be reached refused at definition, with a line that
 * says what and where.
 */
class PatchCodeTest {

    private static final String TARGET = "io/jlivepatch/patch/fixtures/Guarded";
    private static final String PATCH = "com/acme/patches/GuardedFix";

    @Test
    void privateAndPackagePrivateMembersAreReachedThroughAccessCallSites() throws Throwable {
        Lookup code = PatchCode.define(Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
            // return this.shout("!") + twice(count) + packageCount()
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitLdcInsn("!");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, TARGET, "shout", "(Ljava/lang/String;)Ljava/lang/String;", false);
            mv.visitFieldInsn(Opcodes.GETSTATIC, TARGET, "count", "I");
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, TARGET, "twice", "(I)I", false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, TARGET, "packageCount", "()I", false);
            mv.visitInsn(Opcodes.IADD);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, TARGET, "bonus", "()I", false);
            mv.visitInsn(Opcodes.IADD);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(I)Ljava/lang/String;", false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
        }));
        assertEquals("com.acme.patches.GuardedFix", code.lookupClass().getName());
        assertEquals("jlivepatch:guarded", code.lookupClass().getClassLoader().getName());
        assertSame(Guarded.class.getClassLoader(), code.lookupClass().getClassLoader().getParent());
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("ADA!121", (String) fix.invokeExact(Guarded.of("ada")));
    }

    @Test
    void aPrivateConstructorIsRefusedNamingTheCaller() {
        PatchException e = assertThrows(PatchException.class, () -> PatchCode.define(
                Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
                    mv.visitTypeInsn(Opcodes.NEW, TARGET);
                    mv.visitInsn(Opcodes.DUP);
                    mv.visitLdcInsn("x");
                    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, TARGET, "<init>", "(Ljava/lang/String;)V", false);
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitInsn(Opcodes.ARETURN);
                })));
        assertEquals("patch 'guarded': com.acme.patches.GuardedFix.fix(L" + TARGET + ";)Ljava/lang/String; calls the"
                + " constructor io.jlivepatch.patch.fixtures.Guarded(Ljava/lang/String;)V, which patch code cannot"
                + " reach (it is not public, or its class is not); call a factory method instead", e.getMessage());
    }

    @Test
    void aClassThatIsNotPublicIsRefusedInATypeInstruction() {
        PatchException e = assertThrows(PatchException.class, () -> PatchCode.define(
                Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitTypeInsn(Opcodes.INSTANCEOF, TARGET + "$Hidden");
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitInsn(Opcodes.ARETURN);
                })));
        assertEquals("patch 'guarded': com.acme.patches.GuardedFix.fix(L" + TARGET + ";)Ljava/lang/String; names the"
                + " class io.jlivepatch.patch.fixtures.Guarded$Hidden in an instruction (new, a cast, also one javac"
                + " writes for a generic's element, instanceof, an array or a class literal), which patch code cannot reach: it is not public", e.getMessage());
    }

    /**
     * Review 5: a static field of an interface that a non-public class inherits through its
     * superclass ({@code Sub.NAMES}, as javac writes it in the target's package): the owner is not
     * public, so the instruction must go through access; the field lookup misses the superclass's
     * interfaces and leaves it alone.
     */
    @Test
    void anInterfaceFieldInheritedThroughASuperclassOfANonPublicClassIsReached() throws Throwable {
        Lookup code = PatchCode.define(Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
            mv.visitFieldInsn(Opcodes.GETSTATIC, TARGET + "$Sub", "NAMES", "Ljava/util/List;");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
        }));
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("[n]", (String) fix.invokeExact(Guarded.of("ada")));
    }

    /**
     * Review 5: a patch built against another version of the application calls a method the
     * running one lacks. The definition already looks the member up; it is accepted, and every
     * call fails with NoSuchMethodError.
     */
    @Test
    void aMethodTheApplicationLacksIsRefusedAtDefinition() {
        assertThrows(PatchException.class, () -> PatchCode.define(
                Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, TARGET, "shoutV2", "()Ljava/lang/String;", false);
                    mv.visitInsn(Opcodes.ARETURN);
                })));
    }

    @Test
    void eachDefinitionHasALoaderOfItsOwn() throws Exception {
        Lookup lookup = Replacements.fullPrivilegeLookup(Guarded.class, null);
        PatchDefinition p = patch(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ARETURN);
        });
        Class<?> first = PatchCode.define(lookup, p).lookupClass();
        Class<?> second = PatchCode.define(lookup, p).lookupClass();
        assertEquals(first.getName(), second.getName(), "the jar's names");
        assertEquals(false, first == second, "a patch loaded again gets classes of its own");
    }

    /**
     * Review 7 (holds): {@code sb.length()} as javac writes it ({@code invokevirtual
     * java/lang/StringBuilder.length()I}) is left a plain call and runs; a public JDK method
     * inherited from a non-public superclass would go through PatchAccess and fail (java.lang is
     * not open), but JDK 17's common public classes override all such methods.
     */
    @Test
    void review7StringBuilderLengthRuns() throws Throwable {
        Lookup code = PatchCode.define(Replacements.fullPrivilegeLookup(Guarded.class, null), patch(mv -> {
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn("ab");
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V",
                    false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "length", "()I", false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(I)Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
        }));
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("2", (String) fix.invokeExact(Guarded.of("ada")));
    }

    /**
     * Review 7: an application class with a method whose parameter type is an optional
     * dependency that is absent (common: Spring, Jackson modules, logging bridges). The JVM
     * resolves the patch's call to the class's other, ordinary method without ever loading
     * the absent type; reflection (getDeclaredMethods) throws NoClassDefFoundError, which
     * method() turns into "not found", and the fix is refused as built against another version.
     */
    @Test
    void review7ACallToAClassWithAnOptionalDependencyIsNotRefused() throws Throwable {
        Class<?> opt = optionalDependencyClass();
        Lookup code = PatchCode.define(Replacements.fullPrivilegeLookup(opt, null), patch(mv -> {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "com/acme/app/Opt", "ok", "()Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
        }));
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("ok", (String) fix.invokeExact(Guarded.of("ada")));
    }

    /** Same class, a field: getDeclaredField also throws, the field read is refused. */
    @Test
    void review7AFieldOfAClassWithAnOptionalDependencyIsNotRefused() throws Throwable {
        Class<?> opt = optionalDependencyClass();
        Lookup code = PatchCode.define(Replacements.fullPrivilegeLookup(opt, null), patch(mv -> {
            mv.visitFieldInsn(Opcodes.GETSTATIC, "com/acme/app/Opt", "NAME", "Ljava/lang/String;");
            mv.visitInsn(Opcodes.ARETURN);
        }));
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("opt", (String) fix.invokeExact(Guarded.of("ada")));
    }

    /**
     * Review 7: a class of the patch that extends that application class: the package-private
     * override check calls getDeclaredMethods unguarded, and NoClassDefFoundError escapes
     * define() instead of a PatchException (or a definition).
     */
    @Test
    void review7ASubclassOfAClassWithAnOptionalDependencyIsDefinedOrRefusedCleanly() throws Throwable {
        Class<?> opt = optionalDependencyClass();
        String sub = "com/acme/patches/OptSub";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, sub, null, "com/acme/app/Opt", null);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "com/acme/app/Opt", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC, "toString", "()Ljava/lang/String;", null, null);
        m.visitCode();
        m.visitLdcInsn("sub");
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        PatchDefinition base = patch(mv -> {
            mv.visitTypeInsn(Opcodes.NEW, sub);
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, sub, "<init>", "()V", false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
        });
        Map<String, byte[]> jar = new java.util.HashMap<>(base.jarClasses());
        jar.put(sub, cw.toByteArray());
        PatchDefinition p = new PatchDefinition("guarded", "", false, PATCH.replace('/', '.'), base.redirects(),
                Callbacks.NONE, "0".repeat(64), null, jar, List.of(), Map.of());
        Lookup code;
        try {
            code = PatchCode.define(Replacements.fullPrivilegeLookup(opt, null), p);
        } catch (PatchException e) {
            return; // a clean refusal would be acceptable; an Error is not
        }
        MethodHandle fix = code.findStatic(code.lookupClass(), "fix", MethodType.methodType(String.class, Guarded.class));
        assertEquals("sub", (String) fix.invokeExact(Guarded.of("ada")));
    }

    /**
     * {@code public class com.acme.app.Opt} with {@code static String ok()}, a field NAME, and
     * {@code static void withGone(com.acme.missing.Gone)}, defined by a loader that lacks Gone.
     */
    private static Class<?> optionalDependencyClass() throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "com/acme/app/Opt", null, "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "NAME", "Ljava/lang/String;", null,
                "opt").visitEnd();
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "gone", "Lcom/acme/missing/Gone;", null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor ok = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "ok", "()Ljava/lang/String;", null,
                null);
        ok.visitCode();
        ok.visitLdcInsn("ok");
        ok.visitInsn(Opcodes.ARETURN);
        ok.visitMaxs(0, 0);
        ok.visitEnd();
        MethodVisitor gone = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "withGone",
                "(Lcom/acme/missing/Gone;)V", null, null);
        gone.visitCode();
        gone.visitInsn(Opcodes.RETURN);
        gone.visitMaxs(0, 0);
        gone.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        ClassLoader app = new ClassLoader("app", PatchCodeTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("com.acme.app.Opt")) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        return Class.forName("com.acme.app.Opt", false, app);
    }

    /** {@code public static String fix(Guarded self)} with the body {@code body} writes. */
    /**
     * A jar that holds a class the application has is refused; a jar that declares its classes
     * copies of the class path's (jlivepatch-junit packs a test's patch so) is let through only for
     * the same class file, byte for byte.
     */
    @Test
    void aClassTheApplicationHasIsTakenOnlyAsADeclaredByteIdenticalCopy() throws Exception {
        String helper = "io/jlivepatch/patch/fixtures/Helper";
        List<ClassLoader> loaders = List.of(PatchCodeTest.class.getClassLoader());
        PatchDefinition same = holding(helper, classFile(helper));
        PatchDefinition other = holding(helper, classFile(TARGET));

        PatchCode.refuseApplicationClasses(same, loaders, true);
        String refusal = "patch 'copies': its jar holds io.jlivepatch.patch.fixtures.Helper, a class the application has;"
                + " leave the application's classes out of the patch jar";
        assertEquals(refusal, assertThrows(PatchException.class,
                () -> PatchCode.refuseApplicationClasses(same, loaders, false)).getMessage());
        assertEquals(refusal, assertThrows(PatchException.class,
                () -> PatchCode.refuseApplicationClasses(other, loaders, true)).getMessage());
    }

    private static PatchDefinition holding(String internalName, byte[] bytes) {
        return new PatchDefinition("copies", "", false, internalName.replace('/', '.'), List.of(), Callbacks.NONE,
                "0".repeat(64), null, Map.of(internalName, bytes), List.of(), Map.of());
    }

    private static byte[] classFile(String internalName) throws java.io.IOException {
        try (java.io.InputStream in = PatchCodeTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in.readAllBytes();
        }
    }

    private static PatchDefinition patch(Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, PATCH, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "fix",
                "(L" + TARGET + ";)Ljava/lang/String;", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        RedirectDefinition r = new RedirectDefinition(TARGET.replace('/', '.'), "fix", "", "fix",
                "(L" + TARGET + ";)Ljava/lang/String;");
        return new PatchDefinition("guarded", "", false, PATCH.replace('/', '.'), List.of(r), Callbacks.NONE,
                "0".repeat(64), null, Map.of(PATCH, bytes), List.of(), Map.of());
    }
}
