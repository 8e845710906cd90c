package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.fixture.LambdaTarget;
import io.jlivepatch.it.patches.BadDescriptorPatch;
import io.jlivepatch.it.patches.BadMissingMethodPatch;
import io.jlivepatch.it.patches.BadMixedPatch;
import io.jlivepatch.it.patches.BadParameterPatch;
import io.jlivepatch.it.patches.BadReceiverPatch;
import io.jlivepatch.it.patches.BadReturnPatch;
import io.jlivepatch.it.patches.BooleanReturnPatch;
import io.jlivepatch.it.patches.BridgePatch;
import io.jlivepatch.it.patches.ByteReturnPatch;
import io.jlivepatch.it.patches.CharReturnPatch;
import io.jlivepatch.it.patches.CheckedExceptionPatch;
import io.jlivepatch.it.patches.DefaultMethodPatch;
import io.jlivepatch.it.patches.DoubleReturnPatch;
import io.jlivepatch.it.patches.DuplicateIdFirstPatch;
import io.jlivepatch.it.patches.DuplicateIdSecondPatch;
import io.jlivepatch.it.patches.FinalPatch;
import io.jlivepatch.it.patches.FloatReturnPatch;
import io.jlivepatch.it.patches.GenericPatch;
import io.jlivepatch.it.patches.InstancePatch;
import io.jlivepatch.it.patches.IntReturnPatch;
import io.jlivepatch.it.patches.InterfaceStaticPatch;
import io.jlivepatch.it.patches.LambdaPatch;
import io.jlivepatch.it.patches.LatePatch;
import io.jlivepatch.it.patches.LongReturnPatch;
import io.jlivepatch.it.patches.MixedGoodPatch;
import io.jlivepatch.it.patches.NotAPatch;
import io.jlivepatch.it.patches.PrivatePatch;
import io.jlivepatch.it.patches.RefusedAbstractPatch;
import io.jlivepatch.it.patches.RefusedAgentClassPatch;
import io.jlivepatch.it.patches.RefusedUnknownClassPatch;
import io.jlivepatch.it.patches.RefusedClassInitializerPatch;
import io.jlivepatch.it.patches.RefusedConstructorPatch;
import io.jlivepatch.it.patches.RefusedInvokePatch;
import io.jlivepatch.it.patches.RefusedNativePatch;
import io.jlivepatch.it.patches.RefusedReferencePatch;
import io.jlivepatch.it.patches.RefusedThreadLocalPatch;
import io.jlivepatch.it.patches.RefusedThreadPatch;
import io.jlivepatch.it.patches.ShortReturnPatch;
import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.patches.SynchronizedPatch;
import io.jlivepatch.it.patches.TwinFirstPatch;
import io.jlivepatch.it.patches.TwinSecondPatch;
import io.jlivepatch.it.patches.VarargsPatch;
import io.jlivepatch.it.patches.VoidReturnPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of method the agent must patch, every kind it must refuse, and every bad input, each
 * through the CLI against one fixture JVM.
 *
 * <p>Sharing the JVM is safe because each case has targets of its own and leaves no patch enabled
 * behind it (a supported kind disables its patch at the end; a refused one never got in). The
 * checks that nothing changed compare answers taken before and after, so one failing case does
 * not make the others fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatchKindsIT {

    private static final String FIXTURE = "io.jlivepatch.it.fixture.";

    @TempDir
    Path jars;

    private TargetJvm target;

    @BeforeAll
    void startTarget() {
        target = TargetJvm.startFixture();
    }

    @AfterAll
    void stopTarget() {
        if (target != null) {
            assertEquals(0, target.exit(), "the fixture's exit status after all the patching");
        }
    }

    /** A kind the agent must patch: the fixture case, its patch, and the answer before and after. */
    record Kind(String fixtureCase, Class<?> patch, String id, String type, String method,
                String original, String patched) {

        @Override
        public String toString() {
            return fixtureCase;
        }
    }

    static Stream<Kind> supportedKinds() {
        return Stream.of(
                kind("static", StaticPatch.class, "StaticTarget", "greet", "hello world", "patched world"),
                kind("instance", InstancePatch.class, "InstanceTarget", "describe", "box x3", "patched box x3"),
                kind("private", PrivatePatch.class, "PrivateTarget", "secret", "revealed secret-1", "revealed patched-secret-1"),
                kind("final", FinalPatch.class, "FinalTarget", "fixed", "final original", "final patched"),
                kind("synchronized", SynchronizedPatch.class, "SynchronizedTarget", "guarded", "original locked", "patched locked"),
                kind("varargs", VarargsPatch.class, "VarargsTarget", "join", "a+b+c", "patched a-b-c"),
                kind("generic", GenericPatch.class, "GenericTarget", "max", "pear", "apple"),
                kind("bridge", BridgePatch.class, "BridgeTarget", "apply", "4", "104"),
                kind("default", DefaultMethodPatch.class, "DefaultTarget", "greeting", "default greeting", "patched default greeting"),
                kind("interface-static", InterfaceStaticPatch.class, "DefaultTarget", "motto", "interface static", "patched interface static"),
                kind("lambda", LambdaPatch.class, "LambdaTarget", "lambda$supplier$0", "lambda original", "lambda patched"),
                kind("boolean", BooleanReturnPatch.class, "PrimitiveTarget", "booleanValue", "true", "false"),
                kind("byte", ByteReturnPatch.class, "PrimitiveTarget", "byteValue", "8", "6"),
                kind("char", CharReturnPatch.class, "PrimitiveTarget", "charValue", "c", "d"),
                kind("short", ShortReturnPatch.class, "PrimitiveTarget", "shortValue", "600", "900"),
                kind("int", IntReturnPatch.class, "PrimitiveTarget", "intValue", "42", "13"),
                kind("long", LongReturnPatch.class, "PrimitiveTarget", "longValue", "42", "80"),
                kind("float", FloatReturnPatch.class, "PrimitiveTarget", "floatValue", "3.0", "3.5"),
                kind("double", DoubleReturnPatch.class, "PrimitiveTarget", "doubleValue", "1.0", "4.25"),
                kind("void", VoidReturnPatch.class, "PrimitiveTarget", "record", "original v", "patched v"),
                new Kind("checked", CheckedExceptionPatch.class, "kind-checked", FIXTURE + "CheckedTarget", "parse",
                        "checked=parsed 42", "checked!java.io.IOException:patched failure for 42"));
    }

    private static Kind kind(String fixtureCase, Class<?> patch, String type, String method, String original, String patched) {
        return new Kind(fixtureCase, patch, "kind-" + fixtureCase, FIXTURE + type, method,
                fixtureCase + "=" + original, fixtureCase + "=" + patched);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedKinds")
    void patchesAndUnpatches(Kind kind) {
        Path jar = PatchJars.of(jars, kind.id(), kind.patch());
        assertEquals(kind.original(), target.call(kind.fixtureCase()), "before the patch");

        Cli.Result load = Cli.load(target.pid(), jar).assertSuccess();
        assertEquals(1, load.stdout().size(), "one line per loaded patch: " + load.stdout());
        assertTrue(load.stdout().get(0).contains(kind.id()), "the load line names the patch: " + load.stdout());

        PatchList.Patch listed = Cli.list(target.pid()).patchList().get(kind.id());
        assertTrue(listed.enabled(), "enabled after load: " + listed.line());
        assertEquals("patched", listed.target(kind.type(), kind.method()).state());
        assertEquals(kind.patched(), target.call(kind.fixtureCase()), "with the patch enabled");

        Cli.disable(target.pid(), kind.id()).assertSuccess();
        assertEquals(kind.original(), target.call(kind.fixtureCase()), "after disable");
    }

    /**
     * {@code LambdaPatch} names the lambda's body as javac 17 and later name it; if javac ever
     * names it otherwise, this says so instead of a puzzling "no such method".
     */
    @Test
    void lambdaBodyHasTheNameTheLambdaPatchUses() {
        List<String> synthetic = Arrays.stream(LambdaTarget.class.getDeclaredMethods())
                .filter(Method::isSynthetic)
                .map(Method::getName)
                .toList();
        assertEquals(List.of("lambda$supplier$0"), synthetic);
        Method body = Arrays.stream(LambdaTarget.class.getDeclaredMethods()).filter(Method::isSynthetic).findFirst().orElseThrow();
        assertTrue(Modifier.isStatic(body.getModifiers()) && body.getParameterCount() == 0
                && body.getReturnType() == String.class, "a static ()Ljava/lang/String; body: " + body);
    }

    /**
     * A patch that must be refused: the one error line must contain every one of {@code named},
     * and the answers of the {@code probes} must not change.
     */
    record Refusal(String name, List<Class<?>> patches, List<String> named, List<String> ids, List<String> probes) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                refusal("abstract method", RefusedAbstractPatch.class, FIXTURE + "Shape", "area", "shape"),
                refusal("native method", RefusedNativePatch.class, FIXTURE + "NativeTarget", "nativeValue", "native-holder"),
                refusal("constructor", RefusedConstructorPatch.class, FIXTURE + "InstanceTarget", "<init>", "instance"),
                refusal("class initialiser", RefusedClassInitializerPatch.class, FIXTURE + "StaticTarget", "<clinit>", "static"),
                refusal("agent class", RefusedAgentClassPatch.class, "io.jlivepatch.agent.Agent", "agentmain", "static"),
                refusal("class neither loaded nor on the class path", RefusedUnknownClassPatch.class,
                        FIXTURE + "NoSuchClass", "value", "static"),
                refusal("java.lang.Thread", RefusedThreadPatch.class, "java.lang.Thread", "getName", "thread-name"),
                refusal("java.lang.ThreadLocal", RefusedThreadLocalPatch.class, "java.lang.ThreadLocal", "get", "thread-name"),
                refusal("java.lang.invoke", RefusedInvokePatch.class, "java.lang.invoke.MethodType", "toString", "lambda"),
                refusal("java.lang.ref", RefusedReferencePatch.class, "java.lang.ref.Reference", "get", "static"),
                refusal("missing method", BadMissingMethodPatch.class, FIXTURE + "StaticTarget", "greetLoudly", "static"),
                refusal("descriptor that does not exist", BadDescriptorPatch.class, FIXTURE + "StaticTarget", "greet", "static"),
                refusal("wrong parameter type", BadParameterPatch.class, FIXTURE + "StaticTarget", "greet", "static"),
                refusal("wrong return type", BadReturnPatch.class, FIXTURE + "StaticTarget", "greet", "static"),
                refusal("instance replacement without receiver", BadReceiverPatch.class, FIXTURE + "InstanceTarget", "describe", "instance"),
                refusal("one good and one missing target in a patch", BadMixedPatch.class, FIXTURE + "MixedTarget", "noSuchValue", "mixed"),
                new Refusal("a good patch and a bad patch in one jar", List.of(MixedGoodPatch.class, BadMissingMethodPatch.class),
                        List.of(FIXTURE + "StaticTarget", "greetLoudly"), List.of("mixed-good", "bad-missing-method"),
                        List.of("mixed", "static")),
                new Refusal("two patches with one id in one jar", List.of(TwinFirstPatch.class, TwinSecondPatch.class),
                        List.of("twin"), List.of("twin"), List.of("duplicate-first", "duplicate-second")));
    }

    private static Refusal refusal(String name, Class<?> patch, String type, String method, String probe) {
        String id = patch.getAnnotation(io.jlivepatch.api.LivePatch.class).id();
        return new Refusal(name, List.of(patch), List.of(type, method), List.of(id), List.of(probe));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesAndChangesNothing(Refusal refusal) {
        Map<String, String> before = probe(refusal.probes());
        Path jar = PatchJars.of(jars, "refused-" + refusal.ids().get(0), refusal.patches().toArray(Class<?>[]::new));

        String error = Cli.load(target.pid(), jar).assertFailure();
        // Review 13c F5: check, the dry run, refuses what load refuses, with the load's line
        // (asked after the load, which changed nothing and started the agent if it was not).
        Cli.Result check = Cli.run("check", Long.toString(target.pid()), jar.toString());
        for (String word : refusal.named()) {
            assertTrue(error.contains(word), "the error names " + word + ": " + error);
        }
        if (refusal.patches().size() == 1) {
            assertEquals(List.of(refusal.ids().get(0) + " refused: " + error.substring("jlivepatch: ".length())),
                    check.stdout(), "check of " + jar + ": " + check);
        }

        PatchList list = Cli.list(target.pid()).patchList();
        for (String id : refusal.ids()) {
            assertFalse(list.has(id), "refused patch '" + id + "' is listed: " + list);
        }
        assertEquals(before, probe(refusal.probes()), "answers after the refusal");
    }

    @Test
    void refusesSecondPatchWithTakenId() {
        Path first = PatchJars.of(jars, "duplicate-first", DuplicateIdFirstPatch.class);
        Path second = PatchJars.of(jars, "duplicate-second", DuplicateIdSecondPatch.class);
        assertEquals("duplicate-second=second original", target.call("duplicate-second"));

        Cli.load(target.pid(), first).assertSuccess();
        assertEquals("duplicate-first=first patched", target.call("duplicate-first"));

        String error = Cli.load(target.pid(), second).assertFailure();
        assertTrue(error.contains("duplicate"), "the error names the id: " + error);
        assertEquals("duplicate-first=first patched", target.call("duplicate-first"));
        assertEquals("duplicate-second=second original", target.call("duplicate-second"));
        PatchList list = Cli.list(target.pid()).patchList();
        assertEquals(1, list.patches().stream().filter(p -> p.id().equals("duplicate")).count(), "one 'duplicate': " + list);
        PatchList.Patch kept = list.get("duplicate");
        assertEquals(List.of("first"), kept.targets().stream().map(PatchList.Target::method).toList(),
                "the first patch's targets only: " + list);

        String stillEnabled = Cli.unload(target.pid(), "duplicate").assertFailure();
        assertTrue(stillEnabled.contains("duplicate"), "the error names the id: " + stillEnabled);
        assertEquals("duplicate-first=first patched", target.call("duplicate-first"), "after the refused unload");

        Cli.disable(target.pid(), "duplicate").assertSuccess();
        Cli.unload(target.pid(), "duplicate").assertSuccess();
        assertFalse(Cli.list(target.pid()).patchList().has("duplicate"), "unloaded");
        assertEquals("duplicate-first=first original", target.call("duplicate-first"));
    }

    @Test
    void patchesAClassWhenItLoads() {
        Path jar = PatchJars.of(jars, "late", LatePatch.class);
        // The answer says that the patch runs nowhere yet: "enabled" alone reads as running, and a
        // patch made for another application would load the same way.
        assertEquals(List.of("loaded patch 'late' (1 function), enabled; pending: none of its classes was loaded when it"
                + " was, nor has run since"), Cli.load(target.pid(), jar).assertSuccess().stdout());
        PatchList.Patch before = Cli.list(target.pid()).patchList().get("late");
        assertTrue(before.enabled(), "enabled while its class is missing: " + before.line());
        assertEquals("pending", before.target(FIXTURE + "LateTarget", "get").state(), "before the class loads");

        assertEquals("late=late patched", target.call("late"), "the first call of the class that just loaded");
        assertEquals("patched", Cli.list(target.pid()).patchList().get("late").target(FIXTURE + "LateTarget", "get").state(),
                "after the class loaded");

        Cli.disable(target.pid(), "late").assertSuccess();
        assertEquals("late=late original", target.call("late"));
        Cli.unload(target.pid(), "late").assertSuccess();
    }

    @Test
    void refusesUnknownIds() {
        for (String command : List.of("enable", "disable", "unload")) {
            String error = Cli.run(command, Long.toString(target.pid()), "no-such-patch").assertFailure();
            assertTrue(error.contains("no-such-patch"), command + ": the error names the id: " + error);
        }
    }

    @Test
    void refusesBadJars() throws IOException {
        Map<String, Path> bad = new LinkedHashMap<>();
        bad.put("malformed", PatchJars.malformed(jars, "malformed"));
        bad.put("empty", PatchJars.empty(jars, "empty"));
        bad.put("not a patch", PatchJars.of(jars, "not-a-patch", NotAPatch.class));
        bad.put("missing", jars.resolve("missing.jar"));
        assertFalse(Files.exists(bad.get("missing")));

        List<String> failures = new ArrayList<>();
        String before = target.call("static");
        List<String> listBefore = Cli.list(target.pid()).assertSuccess().stdout();
        for (Map.Entry<String, Path> e : bad.entrySet()) {
            String error = Cli.load(target.pid(), e.getValue()).assertFailure();
            if (!error.contains(e.getValue().getFileName().toString())) {
                failures.add(e.getKey() + " jar: the error does not name the file: " + error);
            }
        }
        assertEquals(before, target.call("static"), "no bad jar changed anything");
        assertEquals(listBefore, Cli.list(target.pid()).assertSuccess().stdout(), "no bad jar changed the list");
        assertEquals(List.of(), failures);
    }

    @Test
    void refusesAPidWithoutAJvm() throws Exception {
        Path jar = PatchJars.of(jars, "pid-checks", StaticPatch.class);
        long unused = unusedPid();
        String error = Cli.load(unused, jar).assertFailure();
        assertTrue(error.contains(Long.toString(unused)), "the error names the pid: " + error);

        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            String notJvm = Cli.load(sleep.pid(), jar).assertFailure();
            assertTrue(notJvm.contains(Long.toString(sleep.pid())), "the error names the pid: " + notJvm);
        } finally {
            sleep.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesUnknownCommand() {
        String error = Cli.run("frobnicate", Long.toString(target.pid())).assertFailure();
        assertTrue(error.contains("frobnicate"), "the error names the command: " + error);
    }

    private Map<String, String> probe(List<String> cases) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String c : cases) {
            answers.put(c, target.call(c));
        }
        return answers;
    }

    /** A pid no process has now: counted down from the kernel's limit, where pids are handed out last. */
    private static long unusedPid() throws IOException {
        // readAllLines, not readString: some kernels report a size for /proc files that is not theirs.
        long max = Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).strip());
        for (long pid = max - 1; pid > 1; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        throw new IllegalStateException("every pid is in use");
    }
}
