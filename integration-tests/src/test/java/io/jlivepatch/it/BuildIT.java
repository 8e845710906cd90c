package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.Corpus;
import io.jlivepatch.it.support.TargetJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jlivepatch build} (issue 12): the build corpus's version 2 is a set of fixes to version
 * 1, one per kind of change; the patch built from the two runs in version 1 as version 2 does,
 * for every change that can be made live, and version 1 runs again once it is disabled. What
 * cannot be made live is refused with its reason. The guard: a patch built from versions 2 and 3
 * does not fit version 1, and a load refuses it naming both fingerprints, unless forced; a class
 * that loads after such a patch gets none of it, with a warning. One JVM for all of it.
 */
class BuildIT {

    /** Each case of the corpus's application: its answer in version 1, then under the patch. */
    private static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        patched("private-method", "90", "85");
        patched("lambda", "A B", "A! B!");
        patched("lambda-new", "x-A,x-,x-B", "x-a,x-b");
        patched("default-method", "hello ada", "hi Ada");
        patched("new-helper-method", null, "42");
        patched("new-helper-class", "1234", "12.34 EUR");
        patched("static-method", "v1", "v2");
        patched("try-catch", "-1", "-100");
        patched("enum-method", "high", "level 1");
        patched("anonymous-class", "abc", "cba");
        // Refused: the patch leaves them as they run.
        patched("field-added", "100", "100");
        patched("constructor", "-3", "-3");
        patched("enum-constant", "2", "2");
        patched("signature", "rate 20", "rate 20");
        patched("super-call", "child", "child");
    }

    private static void patched(String c, String before, String after) {
        CASES.put(c, new String[] {before, after});
    }

    private static final Pattern WAS = Pattern.compile("corpus\\.Version\\.name\\(\\)Ljava/lang/String;  was (sha256:\\p{XDigit}{64})");

    @TempDir
    Path dir;

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(file + ": " + e, e);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void thePatchOfTwoBuildsRunsTheNewBuildsCodeAndTheGuardRefusesOneBuiltForOtherCode() {
        Path v1 = Corpus.compile(dir, 1);
        Path v2 = Corpus.compile(dir, 2);
        Path v3 = Corpus.compile(dir, 3);
        Path fix = dir.resolve("corpus-fix.jar");
        String[] build = {"build", "--old", v1.toString(), "--new", v2.toString(), "--id", "corpus-fix", "-o",
                fix.toString(), "--description", "the corpus's fixes"};

        Cli.Result refused = Cli.run(build);
        assertTrue(refused.assertFailure().contains("10 change(s) cannot be made live; nothing written"),
                refused.stderr().toString());
        assertReport(refused.stdout());
        List<String> leaveOut = new ArrayList<>(List.of(build));
        leaveOut.add("--leave-out-refused");
        Cli.Result built = Cli.run(leaveOut.toArray(String[]::new)).assertSuccess();
        assertTrue(built.stdout().contains("11 method(s) replaced, 4 carried, 2 new class(es), 10 change(s) refused"
                + " and left out"), built.stdout().toString());
        String v1Print = fingerprint(built.stdout());

        Path v3Fix = dir.resolve("v3-fix.jar");
        Cli.Result v3Built = Cli.run("build", "--old", v2.toString(), "--new", v3.toString(), "--id", "v3-fix", "-o",
                v3Fix.toString()).assertSuccess();
        String v2Print = fingerprint(v3Built.stdout());

        try (TargetJvm target = TargetJvm.builder().application(v1.toString(), Corpus.MAIN, Corpus.READY).start()) {
            // A class that loads after a patch made for other code: none of the patch runs in it.
            Cli.load(target.pid(), v3Fix).assertSuccess();
            assertEquals("static-method=v1", target.call("static-method"));
            target.awaitStderrLine("the late class's warning", l -> l.contains("'v3-fix': cannot patch"
                    + " corpus.Version.name()Ljava/lang/String;: its bytecode differs from the build the patch was"
                    + " made against (expected " + v2Print + ", found " + v1Print + "); none of the patch runs in"
                    + " corpus.Version"), TargetJvm.CALL_TIMEOUT);
            ControlClient control = ControlClient.of(target.pid());
            String listed = String.join("\n", control.run("list"));
            assertTrue(listed.contains("failed: cannot patch corpus.Version.name()Ljava/lang/String;: its bytecode"
                    + " differs"), listed);
            control.run("disable", "v3-fix");
            control.run("unload", "v3-fix");

            assertCases(target, 0);
            Cli.load(target.pid(), fix).assertSuccess();
            assertCases(target, 1);
            assertEquals("synchronized=10,20", target.call("synchronized"), "a synchronized method's new body");
            assertEquals(List.of("disabled patch 'corpus-fix'"), control.run("disable", "corpus-fix"));
            assertCases(target, 0);
            assertEquals("synchronized=21,22", target.call("synchronized"));

            // The guard, for a loaded class: refused, naming the method and both fingerprints; check,
            // which changes nothing, says so first, with the load's line. A loaded patch names its jar.
            assertEquals(List.of("corpus-fix disabled: from sha256:" + sha256(fix)), control.run("check", fix.toString()));
            // Another jar of a loaded id: what it would do once that one is unloaded, so that a
            // roll-out learns the guard refuses it before it takes the working fix out (found by
            // a hunt of the fleet collection: it unloaded the fix, then failed to load).
            Path otherFix = dir.resolve("corpus-fix-for-v2.jar");
            Cli.run("build", "--old", v2.toString(), "--new", v3.toString(), "--id", "corpus-fix", "-o",
                    otherFix.toString()).assertSuccess();
            assertEquals(List.of("corpus-fix disabled: from sha256:" + sha256(fix) + "; this jar: refused: patch"
                    + " 'corpus-fix': cannot patch corpus.Version.name()Ljava/lang/String;: its bytecode differs from the"
                    + " build the patch was made against (expected " + v2Print + ", found " + v1Print + "); load"
                    + " --force-fingerprint applies it all the same"), control.run("check", otherFix.toString()));
            Path v3FixForV1 = dir.resolve("v3-fix-for-v1.jar");
            Cli.run("build", "--old", v1.toString(), "--new", v2.toString(), "--id", "v3-fix", "-o",
                    v3FixForV1.toString(), "--leave-out-refused").assertSuccess();
            assertEquals(List.of("v3-fix refused: patch 'v3-fix': cannot patch corpus.Version.name()Ljava/lang/String;:"
                    + " its bytecode differs from the build the patch was made against (expected " + v2Print + ", found "
                    + v1Print + "); load --force-fingerprint applies it all the same"),
                    control.run("check", v3Fix.toString()));
            String line = Cli.load(target.pid(), v3Fix).assertFailure();
            assertEquals("jlivepatch: patch 'v3-fix': cannot patch corpus.Version.name()Ljava/lang/String;: its"
                    + " bytecode differs from the build the patch was made against (expected " + v2Print + ", found "
                    + v1Print + "); load --force-fingerprint applies it all the same", line);
            assertTrue(Cli.list(target.pid()).stdout().stream().noneMatch(l -> l.contains("v3-fix")));
            assertEquals("static-method=v1", target.call("static-method"));
            // Forced: it loads, loudly.
            Cli.run("load", Long.toString(target.pid()), v3Fix.toString(), "--force-fingerprint").assertSuccess();
            assertEquals("static-method=v3", target.call("static-method"));
            List<String> forced = target.stderrLines().stream().filter(l -> l.contains("warning: 'v3-fix': cannot patch"
                    + " corpus.Version.name()Ljava/lang/String;: its bytecode differs") && l.endsWith("; it runs in"
                    + " corpus.Version in class loader 'app' all the same, as its load was forced (--force-fingerprint)"))
                    .toList();
            assertEquals(1, forced.size(), String.join("\n", target.stderrLines()));
            assertEquals(List.of("v3-fix enabled: from sha256:" + sha256(v3Fix) + "; this jar: fits"),
                    control.run("check", v3FixForV1.toString()), "a jar made for the code loaded fits");
        }
    }

    private static void assertCases(TargetJvm target, int version) {
        for (Map.Entry<String, String[]> e : CASES.entrySet()) {
            String want = e.getValue()[version];
            String got = target.call(e.getKey());
            if (want == null) {
                assertTrue(got.startsWith(e.getKey() + "!java.lang.NumberFormatException"), got);
            } else {
                assertEquals(e.getKey() + "=" + want, got, version == 0 ? "version 1" : "under the patch");
            }
        }
    }

    private static void assertReport(List<String> report) {
        String all = String.join("\n", report);
        for (String expected : List.of(
                "  changed      corpus.Pricing.rate()I  was sha256:",
                "  changed      corpus.Words.lambda$shout$0(Ljava/lang/String;)Ljava/lang/String;  was sha256:",
                "  changed      corpus.Greeter.greet(Ljava/lang/String;)Ljava/lang/String;  was sha256:",
                "  changed      corpus.Counter.next()I  was sha256:",
                "  carried      corpus.Parser.clean(Ljava/lang/String;)Ljava/lang/String;  (new in the new build)",
                "  carried      corpus.Words.lambda$prefixAll$2(Ljava/lang/String;)Ljava/lang/String;  (new in the new"
                        + " build)",
                "  new class    corpus.Money  (carried in the patch jar)",
                "  new class    corpus.Formatter$Cents  (carried in the patch jar)",
                "  REFUSED      corpus.Account.fee: field added (long fee): the JVM cannot add fields to a loaded class;"
                        + " use a shadow variable (io.jlivepatch.api.Shadow)",
                "  REFUSED      corpus.Point.<init>(I)V: a constructor changed",
                "  REFUSED      corpus.Color.BLUE: enum constant BLUE added",
                "  REFUSED      corpus.Color.<clinit>()V: the class initialiser changed",
                "  REFUSED      corpus.Tax.rate()J: its signature changed from ()I",
                "  REFUSED      corpus.Child.name()Ljava/lang/String;: it calls super.name()Ljava/lang/String;",
                // A lambda added before it: the running lambda$prefixAll$1 keeps its code, which the
                // new build no longer has; the patched prefixAll makes the new lambdas.
                "  REFUSED      corpus.Words.lambda$prefixAll$1(Ljava/lang/String;)Ljava/lang/String;: a lambda's"
                        + " numbering changed (lambdas were added, removed or moved in"
                        + " prefixAll(Ljava/util/List;)Ljava/lang/String;)")) {
            assertTrue(all.contains(expected), "the report lacks '" + expected + "':\n" + all);
        }
        assertTrue(all.contains("corpus.Account.balance()J  (left out: refused below)"), all);
    }

    /** The fingerprint the report gives for the old build's {@code Version.name()}. */
    private static String fingerprint(List<String> report) {
        for (String line : report) {
            Matcher m = WAS.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no fingerprint of Version.name() in " + report);
    }
}
