package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jlivepatch.patch.fixtures.Target;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetsTest {

    private static final String TARGET = Target.class.getName();
    private static final String T = "Lio/jlivepatch/patch/fixtures/Target;";

    @Test
    void derivesAnInstanceTargetFromTheReplacement() throws Exception {
        MethodInfo m = resolve("price", "", "(" + T + "I)I");
        assertEquals("(I)I", m.descriptor());
    }

    @Test
    void derivesAStaticTargetAmongOverloads() throws Exception {
        assertEquals("(J)J", resolve("twice", "", "(J)J").descriptor());
    }

    @Test
    void anExplicitDescriptorPicksTheOverload() throws Exception {
        assertEquals("(I)I", resolve("twice", "(I)I", "(I)I").descriptor());
    }

    @Test
    void theSameAnswerFromTheClassFileAsFromTheLoadedClass() throws Exception {
        RedirectDefinition r = new RedirectDefinition(TARGET, "price", "", "price", "(" + T + "I)I");
        assertEquals(Targets.resolve(TARGET, MethodInfo.of(Target.class), r),
                Targets.resolve(TARGET, MethodInfo.of(classFile()), r));
    }

    @Test
    void refusals() {
        assertRefused("cannot patch " + TARGET + ".missing: " + TARGET + " has no method missing",
                "missing", "", "(I)I");
        assertRefused("cannot patch " + TARGET + ".twice(D)D: no such method; found twice(I)I, twice(J)J",
                "twice", "(D)D", "(D)D");
        assertRefused("cannot patch " + TARGET + ".twice: replacement r(F)F fits none of twice(I)I, twice(J)J",
                "twice", "", "(F)F");
        assertRefused("cannot patch " + TARGET + ".<init>: constructors and class initialisers cannot be patched",
                "<init>", "", "()V");
        assertRefused("cannot patch " + TARGET + ".<clinit>: constructors and class initialisers cannot be patched",
                "<clinit>", "", "()V");
        assertRefused("cannot patch " + TARGET + ".abstractOne(I)I: it is abstract", "abstractOne", "", "(" + T + "I)I");
        assertRefused("cannot patch " + TARGET + ".nativeOne(I)I: it is native", "nativeOne", "", "(" + T + "I)I");
        assertRefused("cannot patch " + TARGET + ".idle()V: it is @Quiescent (the thread is offline for"
                + " reclamation there, so the trampoline could not protect the call)", "idle", "", "(" + T + ")V");
    }

    @Test
    void replacementsThatDoNotFit() {
        assertRefused("replacement r(" + T + "I)J does not fit " + TARGET + ".price(I)I: it returns int,"
                + " the replacement long", "price", "", "(" + T + "I)J");
        assertRefused("replacement r(I)I does not fit " + TARGET + ".price(I)I: an instance method's replacement"
                + " takes the receiver as its first parameter", "price", "", "(I)I");
        assertRefused("replacement r(" + T + "J)I does not fit " + TARGET + ".price(I)I: parameter 1 is int,"
                + " the replacement's long", "price", "(I)I", "(" + T + "J)I");
        assertRefused("replacement r(" + T + ")I does not fit " + TARGET + ".price(I)I: it takes 1 parameter(s),"
                + " the replacement 0 after the receiver", "price", "", "(" + T + ")I");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.Thread", "java.lang.Thread$State", "java.lang.ThreadLocal",
        "java.lang.invoke.MethodHandle", "java.lang.ref.Reference", "java.lang.Object",
        "io.jlivepatch.core.PatchManager", "io.jlivepatch.bootstrap.Dispatcher", "jdk.internal.misc.Unsafe",
        "java.util.Arrays", "java.util.HashMap$Node", "java.lang.String", "java.util.concurrent.locks.ReentrantLock",
        "java.util.stream.ReferencePipeline", "java.lang.classfile.constantpool.ConstantPoolBuilder",
        "java.lang.ClassValue", "java.util.WeakHashMap", "java.lang.PinnedThreadPrinter"})
    void theMachineryIsNeverPatched(String className) {
        assertEquals(true, Targets.neverPatchReason(className) != null, className);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.util.LinkedList", "java.util.zip.ZipFile", "com.acme.Thread", "java.lang.Threads",
        "java.lang.ClassCastException", "java.util.ListResourceBundle", "io.jlivepatch.demo.Pricing",
        "io.jlivepatch.it.fixture.Fixture"})
    void applicationAndLibraryClassesMayBePatched(String className) {
        assertNull(Targets.neverPatchReason(className), className);
    }

    @Test
    void theReasonNamesTheClassOrPackageAndWhatRunsIt() {
        assertEquals("java.util.Arrays runs the patching machinery (the collections and streams of the linker,"
                + " the dispatcher and the epoch domain)", Targets.neverPatchReason("java.util.Arrays"));
        assertEquals("package java.util.concurrent.locks runs the patching machinery (the patch lock and the"
                + " transition's worker, which the trylock and rollback policies take)",
                Targets.neverPatchReason("java.util.concurrent.locks.LockSupport"));
        assertEquals("it is part of jlivepatch itself", Targets.neverPatchReason("io.jlivepatch.epoch.EpochDomain"));
    }

    private static MethodInfo resolve(String method, String descriptor, String replacement) throws PatchException {
        return Targets.resolve(TARGET, MethodInfo.of(Target.class),
                new RedirectDefinition(TARGET, method, descriptor, "r", replacement));
    }

    private static void assertRefused(String message, String method, String descriptor, String replacement) {
        PatchException e = assertThrows(PatchException.class, () -> resolve(method, descriptor, replacement));
        assertEquals(message, e.getMessage());
    }

    private static byte[] classFile() throws IOException {
        try (InputStream in = Target.class.getResourceAsStream("Target.class")) {
            return in.readAllBytes();
        }
    }
}
