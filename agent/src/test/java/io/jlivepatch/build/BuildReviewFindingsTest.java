package io.jlivepatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchJar;
import io.jlivepatch.patch.RedirectDefinition;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Review of issue 12 (review12): reproducers of what {@code jlivepatch build} accepts and then
 * goes wrong at run time, or reports wrongly. Each test fails on 041e66e.
 */
class BuildReviewFindingsTest {

    @TempDir
    Path dir;

    private TwoBuilds builds;

    @BeforeEach
    void builds() {
        builds = new TwoBuilds(dir, "review");
    }

    private PatchBuild.Result build(Map<String, String> old, Map<String, String> now, boolean leaveOut)
            throws BuildException {
        return builds.build(old, now, leaveOut);
    }

    private PatchDefinition read(PatchBuild.Result r) throws Exception {
        return builds.read(r);
    }

    private static final String HANDLERS = """
            package t;
            import java.util.*;
            import java.util.function.Supplier;
            public class L {
                static final List<Supplier<String>> HANDLERS = new ArrayList<>();
                static { init(); }
                static void init() {
            %s    }
                public static String run() {
                    StringBuilder b = new StringBuilder();
                    for (Supplier<String> h : HANDLERS) b.append(h.get()).append(' ');
                    return b.toString().trim();
                }
            }
            """;

    /**
     * A lambda added before others in the same method renumbers javac's lambda$init$N: the
     * build redirects the running lambda$init$0 (audit) to the new build's lambda$init$0 (log),
     * so the handler objects that exist (made by the old init) run another lambda's code: in a
     * v1 JVM the handlers answer "log audit" (v1 "audit bill", v2 "log audit bill").
     */
    @Test
    void aRenumberedLambdaIsNotRedirectedToAnotherLambdasBody() throws Exception {
        String v1 = HANDLERS.formatted("        HANDLERS.add(() -> \"audit\");\n        HANDLERS.add(() -> \"bill\");\n");
        String v2 = HANDLERS.formatted("        HANDLERS.add(() -> \"log\");\n        HANDLERS.add(() -> \"audit\");\n"
                + "        HANDLERS.add(() -> \"bill\");\n");
        PatchBuild.Result r = build(Map.of("t.L", v1), Map.of("t.L", v2), false);
        if (r.refused() > 0) {
            return; // refusing it is right too
        }
        for (RedirectDefinition d : read(r).redirects()) {
            assertFalse(d.targetMethod().startsWith("lambda$init$"), "the running lambda " + d.targetMethod()
                    + " is redirected to the body of another lambda of the new build:\n" + String.join("\n", r.report()));
        }
    }

    /**
     * A lambda added before another whose code changed: the build cannot tell which new lambda
     * the running lambda$init$0 became, and the handler objects that exist would keep its old
     * code; refused, naming the method that makes them. Changed in place (no renumbering), the
     * running lambda's replacement is its own new body.
     */
    @Test
    void aRenumberedLambdaWhoseCodeChangedIsRefusedAndOneChangedInPlaceIsReplaced() throws Exception {
        String v1 = HANDLERS.formatted("        HANDLERS.add(() -> \"audit\");\n        HANDLERS.add(() -> \"bill\");\n");
        PatchBuild.Result moved = build(Map.of("t.L", v1), Map.of("t.L", HANDLERS.formatted(
                "        HANDLERS.add(() -> \"log\");\n        HANDLERS.add(() -> \"audit!\");\n"
                        + "        HANDLERS.add(() -> \"bill\");\n")), false);
        String report = String.join("\n", moved.report());
        assertTrue(report.contains("  REFUSED      t.L.lambda$init$0()Ljava/lang/String;: a lambda's numbering changed"
                + " (lambdas were added, removed or moved in init()V)"), report);
        PatchBuild.Result inPlace = build(Map.of("t.L", v1), Map.of("t.L", HANDLERS.formatted(
                "        HANDLERS.add(() -> \"audit!\");\n        HANDLERS.add(() -> \"bill\");\n")), false);
        List<RedirectDefinition> redirects = read(inPlace).redirects();
        assertEquals(1, redirects.size(), String.join("\n", inPlace.report()));
        assertEquals("lambda$init$0", redirects.get(0).targetMethod());
    }

    /**
     * An anonymous class added before another, whose code changed: javac's Q$1 now names the new
     * one, so comparing by name would give the running Q$1's objects the new class's code; refused,
     * and what of the patch names Q$1 is left out, since it would make the running class's objects.
     * One added after (the same list of names but one) keeps its number and is compared by name.
     */
    @Test
    void aRenumberedAnonymousClassWhoseCodeChangedIsRefused() throws Exception {
        String q = """
                package t;
                public class Q {
                %s    static Runnable a() { return new Runnable() { public void run() { System.out.println("%s"); } }; }
                }
                """;
        String first = "    static Runnable first() { return new Runnable() { public void run() { } }; }\n";
        PatchBuild.Result r = build(Map.of("t.Q", q.formatted("", "audit")), Map.of("t.Q", q.formatted(first, "audit!")),
                true);
        String report = String.join("\n", r.report());
        assertTrue(report.contains("  REFUSED      t.Q$1: an anonymous or local class whose code changed, where its javac"
                + " number may now name another class (classes were added, removed or moved in"
                + " t.Q.a()Ljava/lang/Runnable;, or that code changed too)"), report);
        assertTrue(report.contains("  REFUSED      t.Q.first()Ljava/lang/Runnable;: it uses t.Q$1, which the patch leaves"
                + " out"), report);
        for (RedirectDefinition d : read(r).redirects()) {
            assertFalse(d.targetClass().equals("t.Q$1"), report);
        }
        String after = "    static Runnable last() { return new Runnable() { public void run() { } }; }\n";
        PatchBuild.Result appended = build(Map.of("t.Q", q.formatted("", "audit")),
                Map.of("t.Q", q.formatted("", "audit!").replace("}\n}", "}\n" + after + "}")), false);
        assertEquals(0, appended.refused(), String.join("\n", appended.report()));
    }

    /**
     * --leave-out-refused leaves class B out (a field added) but keeps A.m, whose new code calls
     * B.nu, new in B and so not in the running class: the report says B.nu is carried, yet the
     * patch has no helper for it and A.m's replacement calls t.B.nu directly. Load refuses it
     * ("calls t.B.nu()I, which the running application does not have"), or, when A loads after
     * the load, A.m silently stays unpatched.
     */
    @Test
    void leavingOutAClassLeavesOutWhatCallsItsNewMethods() throws Exception {
        String a1 = "package t; public class A { static int m() { return 1; } }";
        String a2 = "package t; public class A { static int m() { return B.nu(); } }";
        String b1 = "package t; public class B { static int x = 5; public static int get() { return x; } }";
        String b2 = "package t; public class B { static int x = 5; static int y;"
                + " public static int get() { return x + y; } static int nu() { return 2; } }";
        PatchBuild.Result r = build(Map.of("t.A", a1, "t.B", b1), Map.of("t.A", a2, "t.B", b2), true);
        String report = String.join("\n", r.report());
        assertFalse(report.contains("carried      t.B.nu()I"), "B.nu is left out with B, not carried:\n" + report);
        assertTrue(r.jar() == null || !calls(r.jar(), "t/B", "nu"),
                "the patch calls t.B.nu, which the running t.B does not have:\n" + report);
    }

    /**
     * Two packages changed; b.B.m now calls a new package-private class b.NewHelp. The patch
     * class went to package a (the first changed class), so the replacement of b.B.m, in
     * a.LivePatch_review, called b.NewHelp across runtime packages: build and load accepted it,
     * and every call of B.m threw IllegalAccessError ("failed to access class b.NewHelp from
     * class a.LivePatch_pk"). Now the code of b's replacements lives in b.LivePatch_review, which
     * the redirect in a.LivePatch_review calls: the test defines the patch's code as a load does,
     * for the old build, and runs the replacement.
     */
    @Test
    void aReplacementReachesTheNewPackagePrivateClassesItCalls() throws Throwable {
        String a1 = "package a; public class A { public static String m() { return \"a1\"; } }";
        String a2 = "package a; public class A { public static String m() { return \"a2\"; } }";
        String b1 = "package b; public class B { public static String m() { return \"b1\"; } }";
        String b2 = "package b; public class B { public static String m() { return NewHelp.x(); } }\n"
                + "class NewHelp { static String x() { return \"b2\"; } }";
        PatchBuild.Result r = build(Map.of("a.A", a1, "b.B", b1), Map.of("a.A", a2, "b.B", b2), false);
        if (r.refused() > 0) {
            return;
        }
        for (String caller : callers(r.jar(), "b/NewHelp", "x")) {
            assertTrue(caller.startsWith("b/"), caller + " calls the package-private new class b.NewHelp from another"
                    + " runtime package: IllegalAccessError at run time");
        }
        PatchDefinition patch = read(r);
        Path old = builds.lastOld();
        try (URLClassLoader app = new URLClassLoader(new URL[] {old.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> b = Class.forName("b.B", true, app);
            Lookup patchCode = PatchCode.define(MethodHandles.privateLookupIn(b, MethodHandles.lookup()), patch);
            for (RedirectDefinition d : patch.redirects()) {
                if (d.targetClass().equals("b.B")) {
                    MethodHandle replacement = patchCode.findStatic(patchCode.lookupClass(), d.replacementName(),
                            MethodType.fromMethodDescriptorString(d.replacementDescriptor(), app));
                    assertEquals("b2", (String) replacement.invokeExact());
                    return;
                }
            }
        }
        throw new AssertionError("no redirect of b.B.m in " + patch.redirects());
    }

    /** A class file the build cannot parse is one line naming it, not an ASM stack trace. */
    @Test
    void aClassFileTheBuildCannotReadIsABuildException() throws Exception {
        Path old = Javac.compile(dir, "old", Map.of("t.A", "package t; public class A { }"));
        Path bad = Files.createDirectories(dir.resolve("bad/t"));
        Files.write(bad.resolve("A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 80});
        BuildException e = assertThrows(BuildException.class, () -> PatchBuild.build(List.of(old),
                List.of(dir.resolve("bad")), "review", "", false));
        assertTrue(e.getMessage().startsWith("cannot read the class file " + bad.resolve("A.class")
                + " (class-file version 80)"), e.getMessage());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = BuildCommand.run(List.of("--old", old.toString(), "--new", dir.resolve("bad").toString(), "--id",
                "review", "-o", dir.resolve("review.jar").toString()), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        assertEquals(1, status);
        assertEquals("", out.toString());
        assertEquals(List.of("jlivepatch: build: " + e.getMessage()), err.toString().lines().toList());
    }

    /** A multi-release jar with versioned classes: a JVM of that version runs them, which the build would not compare. */
    @Test
    void aMultiReleaseJarWithVersionedClassesIsOneLine() throws Exception {
        Path classes = Javac.compile(dir, "mr", Map.of("t.A", "package t; public class A { }"));
        Path jar = dir.resolve("mr.jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Multi-Release", "true");
        byte[] a = Files.readAllBytes(classes.resolve("t/A.class"));
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String entry : List.of("t/A.class", "META-INF/versions/21/t/A.class")) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(a);
                out.closeEntry();
            }
        }
        BuildException e = assertThrows(BuildException.class, () -> PatchBuild.build(List.of(jar), List.of(classes),
                "review", "", false));
        assertTrue(e.getMessage().startsWith(jar + " is a multi-release jar with classes for another Java version"
                + " (META-INF/versions/21/t/A.class)"), e.getMessage());
    }

    /**
     * Reflection whose access checks see the caller: from the patch, Field.getInt on the
     * target's private field throws IllegalAccessException where the application's method did
     * not. The build cannot tell what the reflection reaches; it warns, naming the method.
     */
    @Test
    void callerSensitiveReflectionIsAWarningNamingTheMethod() throws Exception {
        String r = """
                package t;
                public class R {
                    private int secret = 3;
                    public int peek() throws Exception { return %s; }
                }
                """;
        PatchBuild.Result result = build(Map.of("t.R", r.formatted("1")), Map.of("t.R",
                r.formatted("R.class.getDeclaredField(\"secret\").getInt(this)")), false);
        String report = String.join("\n", result.report());
        assertTrue(report.contains("  WARNING      t.R.peek()I: it uses reflection whose access checks see the patch"
                + " class, not the target (Field.getInt)"), report);
        assertEquals(0, result.refused(), report);
    }

    /**
     * A runtime-visible parameter annotation changed (a framework's @RequestParam("qty") to
     * "quantity"): the running method keeps the old one, as for a method's annotation, which
     * is refused; this one is not even reported.
     */
    @Test
    void aParameterAnnotationChangeIsRefusedAsAMethodAnnotationIs() throws Exception {
        String p = """
                package t;
                import java.lang.annotation.*;
                public class P {
                    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.PARAMETER) public @interface Param { String value(); }
                    public static String handle(@Param("%s") int q) { return "%s" + q; }
                }
                """;
        PatchBuild.Result r = build(Map.of("t.P", p.formatted("qty", "q")), Map.of("t.P", p.formatted("quantity", "Q")),
                false);
        assertTrue(r.refused() > 0, "a parameter annotation change is not refused:\n" + String.join("\n", r.report()));
    }

    /**
     * What load refuses for a class that is not public (here: a catch of a package-private
     * exception in a package-private class) the build accepts, with "0 change(s) refused" and
     * exit 0; the user learns it from the production JVM's load.
     */
    @Test
    void whatLoadRefusesOfANonPublicClassTheBuildRefuses() throws Exception {
        String pp = """
                package t;
                class PP {
                    static String caught() { try { throw new Boom(); } catch (Boom b) { return "%s"; } }
                }
                class Boom extends RuntimeException { }
                """;
        PatchBuild.Result r = build(Map.of("t.PP", pp.formatted("b1")), Map.of("t.PP", pp.formatted("b2")), false);
        assertTrue(r.refused() > 0, "the build accepts what load refuses ('catches t.Boom, which patch code cannot"
                + " name: it is not public'):\n" + String.join("\n", r.report()));
        assertTrue(String.join("\n", r.report()).contains("  REFUSED      t.PP.caught()Ljava/lang/String;: catches t.Boom,"
                + " which patch code cannot name: it is not public (as a load would refuse it)"), String.join("\n",
                r.report()));
    }

    /**
     * More of what load refuses, refused by the build with the load's reason: a replacement that
     * calls a private constructor (a factory method's), and a new class that overrides a running
     * class's package-private method, which leaves out the replacement that makes it too.
     */
    @Test
    void aPrivateConstructorAndAPackagePrivateOverrideAreRefusedAsLoadRefusesThem() throws Exception {
        String f = "package t; public class F { private F() { } public static F make() { %s return new F(); } }";
        PatchBuild.Result factory = build(Map.of("t.F", f.formatted("")), Map.of("t.F",
                f.formatted("System.out.println();")), false);
        String report = String.join("\n", factory.report());
        assertTrue(report.contains("  REFUSED      t.F.make()Lt/F;: calls the constructor t.F()V, which patch code"
                + " cannot reach"), report);

        String base = "package t; public class Base { void hook() { } public static String run(Base b) { b.hook();"
                + " return \"ok\"; } }";
        String user = "package t; public class U { public static String go() { return %s; } }";
        String sub = "package t; public class Sub extends Base { void hook() { } }";
        PatchBuild.Result override = build(Map.of("t.Base", base, "t.U", user.formatted("\"v1\"")),
                Map.of("t.Base", base, "t.U", user.formatted("Base.run(new Sub())"), "t.Sub", sub), true);
        report = String.join("\n", override.report());
        assertTrue(report.contains("  REFUSED      t.Sub: hook()V overrides t.Base.hook()V, which is package-private"),
                report);
        assertTrue(report.contains("  REFUSED      t.U.go()Ljava/lang/String;: it uses t.Sub, which the patch leaves"
                + " out"), report);
        assertEquals(null, override.jar(), report);
    }

    /** Whether a class of {@code jar} calls {@code owner.name}. */
    private static boolean calls(byte[] jar, String owner, String name) throws Exception {
        return !callers(jar, owner, name).isEmpty();
    }

    /** The classes of {@code jar} that call {@code owner.name}, by internal name. */
    private static List<String> callers(byte[] jar, String owner, String name) throws Exception {
        List<String> found = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                String entry = e.getName();
                new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String n, String d, String s, String[] x) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int op, String o, String mn, String md, boolean itf) {
                                if (o.equals(owner) && mn.equals(name)) {
                                    found.add(entry.substring(0, entry.length() - ".class".length()));
                                }
                            }
                        };
                    }
                }, 0);
            }
        }
        return found;
    }
}
