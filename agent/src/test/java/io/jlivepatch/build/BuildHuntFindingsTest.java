package io.jlivepatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.RedirectDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile review of {@code jlivepatch build} (helper-65, issue 14's session): patches the build
 * wrote and the load enabled that did something else than the new build, and a crash. Each test
 * fails on the code before its fix.
 */
class BuildHuntFindingsTest {

    @TempDir
    Path dir;

    private TwoBuilds builds;

    @BeforeEach
    void builds() {
        builds = new TwoBuilds(dir, "hunt");
    }

    private PatchBuild.Result build(Map<String, String> old, Map<String, String> now, boolean leaveOut)
            throws BuildException {
        return builds.build(old, now, leaveOut);
    }

    /** The redirects of the patch {@code r} wrote; none when it wrote none (all was left out). */
    private List<RedirectDefinition> redirects(PatchBuild.Result r) throws Exception {
        return r.jar() == null ? List.of() : builds.read(r).redirects();
    }

    /** {@code r} refused {@code refusal}, and redirects nothing of a class whose name starts {@code classes}. */
    private void assertRefusedAndNotRedirected(PatchBuild.Result r, String refusal, String classes) throws Exception {
        String report = String.join("\n", r.report());
        assertTrue(report.contains(refusal), report);
        for (RedirectDefinition d : redirects(r)) {
            assertFalse(d.targetClass().startsWith(classes), d + "\n" + report);
        }
    }

    private static final String OPS = """
            package t;
            import java.util.*;
            import java.util.function.IntBinaryOperator;
            public class H {
                static final Map<String, IntBinaryOperator> OPS = new HashMap<>();
                static void init() {
            %s    }
            }
            """;

    /**
     * Two registrations swapped, one of them changed: the same number of lambdas of the same
     * shapes, so pairing by position gave the running "add" lambda the new "sub" body and the
     * running "sub" the new "add" (a patched v1 answered add(5,3)=2, sub(5,3)=8). The running
     * "sub" keeps its code, which the new build still has; the running "add" is refused.
     */
    @Test
    void lambdasSwappedInAMethodThatChangedAreNotRedirectedToEachOther() throws Exception {
        PatchBuild.Result r = build(
                Map.of("t.H", OPS.formatted("        OPS.put(\"add\", (a, b) -> a + b);\n        OPS.put(\"sub\", (a, b) -> a - b);\n")),
                Map.of("t.H", OPS.formatted("        OPS.put(\"sub\", (a, b) -> a - b);\n"
                        + "        OPS.put(\"add\", (a, b) -> Math.addExact(a, b));\n")), true);
        String report = String.join("\n", r.report());
        assertTrue(report.contains("  REFUSED      t.H.lambda$init$0(II)I: a lambda's numbering changed"), report);
        for (RedirectDefinition d : redirects(r)) {
            assertFalse(d.targetMethod().startsWith("lambda$"), d + "\n" + report);
        }
    }

    /**
     * javac numbers a class's lambdas in one count: a lambda added in a method before the one
     * that makes them renames them without moving them, and a lambda changed there in place is
     * still paired with its own new body.
     */
    @Test
    void aLambdaRenamedByOneAddedInAnotherMethodIsStillPairedWithItsNewBody() throws Exception {
        String v1 = """
                package t;
                import java.util.*;
                import java.util.function.Supplier;
                public class R {
                    static final List<Supplier<String>> HANDLERS = new ArrayList<>();
                    static void init() { HANDLERS.add(() -> "audit"); }
                }
                """;
        String v2 = v1.replace("    static void init() { HANDLERS.add(() -> \"audit\"); }",
                "    static Runnable first() { return () -> { }; }\n    static void init() { HANDLERS.add(() -> \"audit!\"); }");
        PatchBuild.Result r = build(Map.of("t.R", v1), Map.of("t.R", v2), false);
        // javac 17 numbers a class's lambdas in one count (lambda$init$1 here: the renamed case);
        // javac 25 counts per method (lambda$init$0, nothing renamed). Either way the running
        // lambda$init$0 is paired with its new body (found by review: the test asserted the name).
        String report = String.join("\n", r.report());
        assertEquals(0, r.refused(), report);
        List<String> lambdas = builds.read(r).redirects().stream().map(RedirectDefinition::targetMethod)
                .filter(m -> m.startsWith("lambda$")).toList();
        assertEquals(List.of("lambda$init$0"), lambdas, report);
    }

    /** Two anonymous classes swapped in a method that changed keep their names: refused. */
    @Test
    void anonymousClassesSwappedInAMethodThatChangedAreRefused() throws Exception {
        String add = "        OPS.put(\"add\", new IntBinaryOperator() { public int applyAsInt(int a, int b) { return a + b; } });\n";
        String sub = "        OPS.put(\"sub\", new IntBinaryOperator() { public int applyAsInt(int a, int b) { return a - b; } });\n";
        PatchBuild.Result r = build(Map.of("t.H", OPS.formatted(add + sub)), Map.of("t.H", OPS.formatted(sub + add)), true);
        assertRefusedAndNotRedirected(r, "  REFUSED      t.H$1: an anonymous or local class whose code changed", "t.H$");
        assertRefusedAndNotRedirected(r, "  REFUSED      t.H$2: an anonymous or local class whose code changed", "t.H$");
    }

    /**
     * Two anonymous classes a lambda makes, swapped there, one changed: the method the lambda is
     * written in (the classes' EnclosingMethod) does not change, the lambda does (second review:
     * each running class was given the other's code).
     */
    @Test
    void anonymousClassesSwappedInALambdaAreRefused() throws Exception {
        String a = "Runnable a = new Runnable() { public void run() { System.out.println(\"%s\"); } };";
        String b = "Runnable b = new Runnable() { public void run() { System.out.println(\"sub\"); } };";
        String src = "package t; import java.util.function.*; public class A { public static Supplier<Runnable[]> m() {"
                + " return () -> { %s %s return new Runnable[] {a, b}; }; } }";
        PatchBuild.Result r = build(Map.of("t.A", src.formatted(a.formatted("add"), b)),
                Map.of("t.A", src.formatted(b, a.formatted("ADD"))), true);
        assertRefusedAndNotRedirected(r, "  REFUSED      t.A$1: an anonymous or local class whose code changed", "t.A$");
    }

    /**
     * An anonymous class changed in place, in a method that also makes a lambda, where a lambda
     * added in another method renames that lambda (javac 17): the maker is the same but for the
     * lambda's name, and the class is replaced (second review: it was refused).
     */
    @Test
    void anAnonymousClassChangedInPlaceBesideARenamedLambdaIsReplaced() throws Exception {
        String m = " public static Object m() { IntSupplier s = () -> 1; return new Runnable() { public void run() {"
                + " System.out.println(%d); } }; }";
        PatchBuild.Result r = build(
                Map.of("t.A", "package t; import java.util.function.*; public class A {" + m.formatted(1) + " }"),
                Map.of("t.A", "package t; import java.util.function.*; public class A { public static IntSupplier k() {"
                        + " return () -> 0; }" + m.formatted(2) + " }"), true);
        // m itself shows as changed (its lambda's new name), and is refused for naming t.A$1,
        // which patch code cannot reach; the class is not.
        assertFalse(String.join("\n", r.report()).contains("REFUSED      t.A$1"), String.join("\n", r.report()));
        assertTrue(redirects(r).stream().anyMatch(d -> d.targetClass().equals("t.A$1") && d.targetMethod().equals("run")),
                String.join("\n", r.report()));
    }

    /** Two methods that each make a local class, swapped in the source: the local classes swap names. */
    @Test
    void localClassesOfMethodsSwappedInTheSourceAreRefused() throws Exception {
        String a = "    static Object a() { class Local { public String toString() { return \"a\"; } } return new Local(); }\n";
        String b = "    static Object b() { class Local { public String toString() { return \"b\"; } } return new Local(); }\n";
        String l = "package t;\npublic class L {\n%s}\n";
        PatchBuild.Result r = build(Map.of("t.L", l.formatted(a + b)), Map.of("t.L", l.formatted(b + a)), true);
        assertRefusedAndNotRedirected(r, "  REFUSED      t.L$1Local: an anonymous or local class whose code changed", "t.L$");
    }

    /**
     * A new static method that hides an inherited one, and a removed one that hid it: the calls
     * the patch does not replace (Other.run, unchanged) go on reaching what they reached (a
     * patched v1 answered "base-helper child-gone", v2 "child-helper base-gone").
     */
    @Test
    void aStaticMethodThatNowHidesOrNoLongerHidesAnInheritedOneIsRefused() throws Exception {
        String base = "package t; public class Base { public static String helper() { return \"base-helper\"; }"
                + " public static String gone() { return \"base-gone\"; } }";
        String other = "package t; public class Other { public static String run() { return Child.helper() + \" \" + Child.gone(); } }";
        PatchBuild.Result r = build(
                Map.of("t.Base", base, "t.Other", other,
                        "t.Child", "package t; public class Child extends Base { public static String gone() { return \"child-gone\"; } }"),
                Map.of("t.Base", base, "t.Other", other,
                        "t.Child", "package t; public class Child extends Base { public static String helper() { return \"child-helper\"; } }"),
                false);
        String report = String.join("\n", r.report());
        assertTrue(report.contains("  REFUSED      t.Child.helper()Ljava/lang/String;: a new static method that hides"
                + " t.Base.helper()Ljava/lang/String;"), report);
        assertTrue(report.contains("  REFUSED      t.Child.gone()Ljava/lang/String;: a static method removed, where the new"
                + " build's calls reach t.Base.gone()Ljava/lang/String; instead"), report);
        PatchBuild.Result unrelated = build(Map.of("t.Base", base, "t.Child", "package t; public class Child extends Base { }"),
                Map.of("t.Base", base, "t.Child", "package t; public class Child extends Base {"
                        + " public static String other() { return \"x\"; } }"), false);
        assertEquals(0, unrelated.refused(), String.join("\n", unrelated.report()));
    }

    /**
     * A new static method of a class whose superclass the build was not given (a library's): the
     * build cannot tell whether it hides one, and warns (second review: it carried it silently).
     */
    @Test
    void aNewStaticMethodUnderASuperclassTheBuildWasNotGivenIsAWarning() throws Exception {
        String l = "package t; public class L { public static int s() { return 1; } }";
        Path old = Javac.compile(dir, "libOld", Map.of("t.L", l,
                "t.A", "package t; public class A extends L { public static int m() { return s(); } }"));
        Path now = Javac.compile(dir, "libNew", Map.of("t.L", l,
                "t.A", "package t; public class A extends L { public static int s() { return 2; } public static int m() {"
                        + " return s(); } }"));
        Files.delete(old.resolve("t/L.class"));
        Files.delete(now.resolve("t/L.class"));
        String report = String.join("\n", PatchBuild.build(List.of(old), List.of(now), "hunt", "", false).report());
        assertTrue(report.contains("  WARNING      t.A.s()I: a new static method of a class whose superclass t.L the build"
                + " was not given"), report);
    }

    /** A class added to a sealed interface's permits: build said it fits, load refused the new class. */
    @Test
    void aSealedClassThatPermitsAnotherIsRefused() throws Exception {
        String sq = "package t; public final class Sq implements Shape { public int sides() { return 4; } }";
        PatchBuild.Result r = build(
                Map.of("t.Shape", "package t; public sealed interface Shape permits Sq { int sides(); }", "t.Sq", sq),
                Map.of("t.Shape", "package t; public sealed interface Shape permits Sq, Tri { int sides(); }", "t.Sq", sq,
                        "t.Tri", "package t; public final class Tri implements Shape { public int sides() { return 3; } }"),
                false);
        String report = String.join("\n", r.report());
        assertTrue(report.contains("  REFUSED      t.Shape: the classes it permits (sealed) changed from t.Sq to t.Sq, t.Tri"),
                report);
    }

    /** A description of two lines, which {@code list} would print as a line that reads as another patch. */
    @Test
    void aDescriptionOfTwoLinesIsRefused() {
        Path classes = Javac.compile(dir, "desc", Map.of("t.A", "package t; public class A { }"));
        BuildException e = assertThrows(BuildException.class,
                () -> PatchBuild.build(List.of(classes), List.of(classes), "hunt", "fixes quick\nother-fix enabled", false));
        assertEquals("the description holds a line break or another control character; a description is one line",
                e.getMessage());
    }

    /** A Spring Boot jar's classes under BOOT-INF/classes: one line naming the entry, not a NullPointerException. */
    @Test
    void classesDeeperThanTheirPackageInAJarAreOneLine() throws Exception {
        Path classes = Javac.compile(dir, "boot", Map.of("t.A", "package t; public class A { }"));
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("BOOT-INF/classes/t/A.class"));
            out.write(Files.readAllBytes(classes.resolve("t/A.class")));
            out.closeEntry();
        }
        BuildException e = assertThrows(BuildException.class,
                () -> PatchBuild.build(List.of(jar), List.of(classes), "hunt", "", false));
        assertEquals(jar + "!/BOOT-INF/classes/t/A.class holds class t.A, which belongs at t/A.class: give the root of"
                + " the classes (a Spring Boot jar's BOOT-INF/classes, a WAR's WEB-INF/classes, unpacked, and the jars of"
                + " its lib directory), not what holds them deeper", e.getMessage());
    }
}
