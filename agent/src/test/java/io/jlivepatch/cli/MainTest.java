package io.jlivepatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command's handling of its own arguments; attaching is tested against real JVMs. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The one line a failure prints. */
    private String firstErrorLine() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    /** Review 13: a key given twice is the command's usage error, before anything reaches the agent. */
    @Test
    void aSettingGivenTwiceIsAUsageError() {
        assertEquals("agent argument 'log' is given twice", Main.settingsProblem("set", "log=info,log=warn"));
        assertEquals("agent argument 'log' is given twice", Main.settingsProblem("attach", "log=info,log=warn"));
        assertNull(Main.settingsProblem("attach", "log=info,patch=a.jar,patch=b.jar"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Main.USAGE, run());
        assertEquals("jlivepatch: missing command (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("frobnicate", "1"));
        assertEquals("jlivepatch: unknown command 'frobnicate' (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("load", "1"));
        assertEquals("jlivepatch: load takes 1 argument after the pid (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("list", "abc"));
        assertEquals("jlivepatch: 'abc' is not a process id", firstErrorLine());
    }

    @Test
    void buildAndItsOptionsAreCheckedBeforeAnythingIsRead() {
        assertEquals(Main.USAGE, run("build", "--old", "a.jar"));
        assertEquals("jlivepatch: build needs --old, --new, --id and -o (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("build", "--frob", "x"));
        assertEquals("jlivepatch: build: unknown option '--frob' (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.FAILED, run("build", "--old", "/no/a.jar", "--new", "/no/b.jar", "--id", "f", "-o", "/no/f.jar"));
        assertEquals("jlivepatch: build: /no/a.jar is neither a jar nor a class directory", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("list", "1", "--force-fingerprint"));
        assertEquals("jlivepatch: --force-fingerprint applies to load only (see --help)", firstErrorLine());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar jlivepatch.jar"));
    }

    @Test
    void aMissingPatchJarIsOneLine() {
        assertEquals(Main.FAILED, run("load", "1", "/no/such/patch.jar"));
        assertEquals("jlivepatch: patch jar /no/such/patch.jar does not exist\n",
                err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    /** {@code check} takes a jar as {@code load} does, and says so as {@code load} does; {@code not-watching} none. */
    @Test
    void checkTakesAnExistingJar() {
        assertEquals(Main.USAGE, run("check", "1"));
        assertEquals("jlivepatch: check takes 1 argument after the pid (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.FAILED, run("check", "1", "/no/such/patch.jar"));
        assertEquals("jlivepatch: patch jar /no/such/patch.jar does not exist", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("check", "1", "x.jar", "--force-fingerprint"));
        assertEquals("jlivepatch: --force-fingerprint applies to load only (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("not-watching", "1", "fix"));
        assertEquals("jlivepatch: not-watching takes 0 arguments after the pid (see --help)", firstErrorLine());
    }

    @Test
    void anUnknownPidIsOneLine() {
        long pid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        assertEquals(Main.FAILED, run("list", Long.toString(pid)));
        assertEquals("jlivepatch: no process with pid " + pid + "\n",
                err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void attachAndSetCheckTheirSettingsWithTheAgentsOwnParserBeforeAnythingIsReached() {
        assertEquals(Main.USAGE, run("attach", "1", "log=debug,colour=blue"));
        assertEquals("jlivepatch: unknown agent argument 'colour'", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("set", "1", "stall-report=0"));
        assertEquals("jlivepatch: agent argument 'stall-report' must be whole seconds above 0, not '0'", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("set", "1", "log=info,barrier=safepoint"));
        assertEquals("jlivepatch: 'barrier' is fixed at start: only the agent's first start can choose it",
                firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("set", "1", ","));
        assertEquals("jlivepatch: set needs key=value (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("set", "1"));
        assertEquals("jlivepatch: set takes 1 argument after the pid (see --help)", firstErrorLine());
    }
}
