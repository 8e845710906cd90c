package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.authoring.Marks;
import io.jlivepatch.it.patches.authoring.OrdersFix;
import io.jlivepatch.it.patches.authoring.OrdersVisitsTakeover;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.fixture.LedgerCatchFix;
import io.jlivepatch.it.fixture.LedgerConcatFix;
import io.jlivepatch.it.fixture.LedgerGenericFix;
import io.jlivepatch.it.fixture.LedgerRecordFix;
import io.jlivepatch.it.fixture.LedgerTagFix;
import io.jlivepatch.it.fixture.LedgerCostFix;
import io.jlivepatch.it.fixture.LedgerNestFix;
import io.jlivepatch.it.fixture.LedgerPlainFix;
import io.jlivepatch.it.patches.authoring.LedgerBumpFix;
import io.jlivepatch.it.patches.authoring.RedeployCountFix;
import io.jlivepatch.it.fixture.LedgerFieldFix;
import io.jlivepatch.it.fixture.LedgerLambdaFix;
import io.jlivepatch.it.fixture.LedgerNewFix;
import io.jlivepatch.it.fixture.LedgerRefFix;
import io.jlivepatch.it.fixture.LedgerSuperFix;
import io.jlivepatch.it.fixture.LedgerTierFix;
import io.jlivepatch.it.fixture.Orders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patch written as people write one (issue 11, part 1): helper and nested classes of the jar,
 * a lambda and method references, an anonymous class, an enum switch, a record, string
 * concatenation and a switch on strings all run, on every JDK the tests run on. Before, the
 * jar was refused naming a class javac wrote ({@code Marks$1}, the enum switch map), and a
 * lambda was accepted and then failed on every call on JDK 17. An exception thrown by patch code
 * shows its frames: the patch id, the patch's source file and line.
 */
class AuthoringIT {

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void whatJavacWritesForAFixRuns() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("orders-summary=ada:express:pear,apple", target.call("orders-summary"));
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-summary=ADA:express!:pear,apple", target.call("orders-summary"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'orders-fix'"), control.run("disable", "orders-fix"));
            assertEquals("orders-summary=ada:express:pear,apple", target.call("orders-summary"));
            assertEquals(List.of("enabled patch 'orders-fix'"), control.run("enable", "orders-fix"));
            assertEquals("orders-summary=ADA:express!:pear,apple", target.call("orders-summary"));
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("warning")),
                    String.join("\n", target.stderrLines()));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStackTraceThroughPatchCodeNamesThePatchItsFileAndLine() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            String before = target.call("orders-quantity");
            assertTrue(before.startsWith("orders-quantity=java.lang.NumberFormatException"), before);
            Cli.load(target.pid(), jar()).assertSuccess();
            String trace = target.call("orders-quantity");
            assertTrue(trace.startsWith("orders-quantity=java.lang.IllegalArgumentException: blank quantity ' '"), trace);
            assertTrue(trace.contains("|at jlivepatch:orders-fix//io.jlivepatch.it.patches.authoring.Marks.refuse(Marks.java:"),
                    trace);
            assertTrue(trace.contains("|at jlivepatch:orders-fix//io.jlivepatch.it.patches.authoring.OrdersFix.quantity("
                    + "OrdersFix.java:"), trace);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aShadowVariableLivesWhileThePatchIsLoadedAndGoesWithIt() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("orders-visit=visit", target.call("orders-visit"));
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-visit=visit#1", target.call("orders-visit"));
            assertEquals("orders-visit=visit#2", target.call("orders-visit"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'orders-fix'"), control.run("disable", "orders-fix"));
            assertEquals("orders-visit=visit", target.call("orders-visit"));
            assertEquals(List.of("enabled patch 'orders-fix'"), control.run("enable", "orders-fix"));
            assertEquals("orders-visit=visit#3", target.call("orders-visit"), "kept across a disable");
            control.run("disable", "orders-fix");
            control.run("unload", "orders-fix");
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-visit=visit#1", target.call("orders-visit"), "freed by the unload (shadowIds)");
        }
    }

    /**
     * A cumulative patch that declares the same shadow id takes the variables over: the unload of
     * the patch it replaced frees none of them (found by review: the count began again at 1).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCumulativePatchKeepsTheShadowVariablesOfThePatchItReplacedWhenThatOneIsUnloaded() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-visit=visit#1", target.call("orders-visit"));
            Cli.load(target.pid(), PatchJars.of(jars, "orders-visits-2", OrdersVisitsTakeover.class)).assertSuccess();
            assertEquals("orders-visit=visit#2", target.call("orders-visit"), "taken over");
            assertEquals(List.of("unloaded patch 'orders-fix'"), ControlClient.of(target.pid()).run("unload", "orders-fix"));
            assertEquals("orders-visit=visit#3", target.call("orders-visit"), "the unload of the replaced patch freed them");
        }
    }

    // Review 5: fixes in the target's package that reach its package-private members, as javac
    // allows. Each must either run as written or be refused at load with a line that says why;
    // accepted and then failing on every call is the worst outcome. Before the fix, ten of these
    // were accepted and then failed on every call (IllegalAccessError, NoClassDefFoundError) or,
    // for the override, silently ran the application's method; a copy of the target in the jar
    // was refused with a line about its receiver parameter.

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5PackagePrivateFieldOfPackagePrivateType() throws Exception {
        refused("ledger-field", LedgerFieldFix.class, "ledger-field=field",
                "uses io.jlivepatch.it.fixture.LedgerEntry in the access to io.jlivepatch.it.fixture.Ledger.entry (its class or a type of its), which patch code cannot name: it is not public");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5LambdaOverAPackagePrivateType() throws Exception {
        refused("ledger-lambda", LedgerLambdaFix.class, "ledger-lambda=lambda",
                "uses io.jlivepatch.it.fixture.LedgerEntry in a lambda, method reference or other call site javac writes, which patch code cannot name: it is not public");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5MethodReferenceToAPackagePrivateMethod() throws Exception {
        refused("ledger-ref", LedgerRefFix.class, "ledger-ref=ref",
                "refers to io.jlivepatch.it.fixture.Ledger.pkgLabel in a lambda, method reference or other call site javac writes, which patch code cannot reach (it is not public); use a lambda that calls it instead of a method reference");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5SwitchOnAPackagePrivateEnum() throws Exception {
        refused("ledger-tier", LedgerTierFix.class, "ledger-tier=tier",
                "uses io.jlivepatch.it.fixture.LedgerTier in the access to io.jlivepatch.it.fixture.LedgerTier.ordinal (its class or a type of its), which patch code cannot name: it is not public");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5OverrideOfAPackagePrivateMethod() throws Exception {
        refused("ledger-cost", LedgerCostFix.class, "ledger-cost=cost",
                "overrides io.jlivepatch.it.fixture.Pricer.price(I)I, which is package-private: a class of the patch, in a runtime package of its own, cannot override it, and the application's method would run instead");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5SuperCallToAPackagePrivateMethod() throws Exception {
        refused("ledger-super", LedgerSuperFix.class, "ledger-super=super",
                "calls super.price(I)I of io.jlivepatch.it.fixture.Pricer, which is package-private: patch code, in a runtime package of its own, cannot reach it");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5NewThroughAProtectedConstructor() throws Exception {
        refused("ledger-construct", LedgerNewFix.class, "ledger-construct=construct",
                "calls the protected constructor io.jlivepatch.it.fixture.Ledger(Ljava/lang/String;)V other than as its subclass's super(...), which patch code cannot; call a factory method instead");
    }

    /** The jar misses a helper class (Marks) that the application does not have either. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5AJarMissingAHelperIsRefusedAtLoad() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Path jar = PatchJars.withNested(jars, "orders-fix", OrdersFix.class);
            Cli.Result r = Cli.load(target.pid(), jar);
            String after = target.call("orders-summary");
            assertTrue(r.exitCode() != 0, "accepted; then orders-summary gives: " + after);
        }
    }

    /** The jar holds a copy of the target class (a fat jar): the application's must win, or a clear refusal. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5AJarHoldingACopyOfTheTargetClass() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Path jar = withEntry(jar(), "io/jlivepatch/it/fixture/Orders.class",
                    Orders.class.getResourceAsStream("Orders.class").readAllBytes());
            assertEquals("jlivepatch: patch 'orders-fix': its jar holds io.jlivepatch.it.fixture.Orders, a class the"
                    + " application has; leave the application's classes out of the patch jar",
                    Cli.load(target.pid(), jar).assertFailure());
            assertEquals("orders-summary=ada:express:pear,apple", target.call("orders-summary"), "nothing patched");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5CatchOfAPackagePrivateException() throws Exception {
        refused("ledger-caught", LedgerCatchFix.class, "ledger-caught=caught",
                "catches io.jlivepatch.it.fixture.LedgerException, which patch code cannot name: it is not public");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5PackagePrivateMembersOfPublicTypesRun() throws Exception {
        fixes("ledger-plain", LedgerPlainFix.class, "ledger-plain=label:note+:42");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5NestmatesOfThePatchReachEachOther() throws Exception {
        fixes("ledger-nest", LedgerNestFix.class, "ledger-nest=tb1");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5ProtectedFieldFromASubclassInAnotherPackage() throws Exception {
        fixes("ledger-bump", LedgerBumpFix.class, "ledger-bump=42");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5StaticStateIsPerTargetLoader() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            target.call("redeploy");
            target.call("redeploy");
            Cli.load(target.pid(), PatchJars.withNested(jars, "redeploy-count", RedeployCountFix.class))
                    .assertSuccess();
            assertEquals("redeploy-values=v2#1,v2#1", target.call("redeploy-values"));
            assertEquals("redeploy-values=v2#2,v2#2", target.call("redeploy-values"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5ConcatenationOfAPackagePrivateType() throws Exception {
        fixes("ledger-concat", LedgerConcatFix.class, "ledger-concat=got entry:x");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5RedirectWithAPackagePrivateParameterType() throws Exception {
        fixes("ledger-tag", LedgerTagFix.class, "ledger-tag=tag:entry:x");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5RecordWithAPackagePrivateComponent() throws Exception {
        fixes("ledger-record", LedgerRecordFix.class, "ledger-record=Pair[key=k, entry=entry:x]");
    }

    /** javac's implicit cast of a generic element: refused at load; the line should say why. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void review5ImplicitCastToAPackagePrivateType() throws Exception {
        refused("ledger-generic", LedgerGenericFix.class, "ledger-generic=generic",
                "names the class io.jlivepatch.it.fixture.LedgerEntry in an instruction (new, a cast, also one javac writes for a generic's element, instanceof, an array or a class literal), which patch code cannot reach: it is not public");
    }

    /** The patch is refused at load with one line holding {@code why}; the case still answers {@code original}. */
    private void refused(String kase, Class<?> patch, String original, String why) throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals(original, target.call(kase));
            String line = Cli.load(target.pid(), PatchJars.withNested(jars, patch.getSimpleName(), patch)).assertFailure();
            assertTrue(line.contains(why), line);
            assertEquals(original, target.call(kase), "nothing patched");
        }
    }

    private void fixes(String kase, Class<?> patch, String expected) throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            String before = target.call(kase);
            Cli.Result r = Cli.load(target.pid(), PatchJars.withNested(jars, patch.getSimpleName(), patch));
            String after = target.call(kase);
            String again = target.call(kase);
            assertEquals(expected, after, "before: " + before + "; load: exit " + r.exitCode() + " "
                    + r.stdout() + " " + r.stderr() + "; second call: " + again);
        }
    }

    private Path withEntry(Path jar, String entry, byte[] bytes) throws Exception {
        Path out = jars.resolve("with-copy.jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
                JarOutputStream o = new JarOutputStream(Files.newOutputStream(out), in.getManifest())) {
            for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                o.putNextEntry(new JarEntry(e.getName()));
                o.write(in.readAllBytes());
                o.closeEntry();
            }
            o.putNextEntry(new JarEntry(entry));
            o.write(bytes);
            o.closeEntry();
        }
        return out;
    }

    private Path jar() {
        return PatchJars.withNested(jars, "orders-fix", OrdersFix.class, Marks.class);
    }
}
