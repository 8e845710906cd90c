package io.jlivepatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.control.ControlPath;
import io.jlivepatch.control.ControlProtocol;
import io.jlivepatch.patch.fixtures.GoodPatch;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

    // ---------------------------------------------------------------- review 13b: who listens

    @TempDir
    Path tmp;

    /**
     * Runs {@code body} with this JVM's {@code java.io.tmpdir} (where the command derives the
     * socket's directory) set to a directory of this test's, that directory made.
     */
    private Path socketDirectory() throws Exception {
        return Files.createDirectory(ControlPath.directory(tmp.toString(), ControlPath.ownUid()),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private int runWithTmpdir(String... args) {
        String was = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            return run(args);
        } finally {
            System.setProperty("java.io.tmpdir", was);
        }
    }

    /**
     * Review 13b F5 (review/fake-agent.sh): a listener at the derived path of a process that is
     * not even a JVM answered {@code identify} with that process's pid and start time, and then
     * "ok" to a load. The CLI now reads who holds the socket; the listener gets nothing but the
     * {@code identify}, and the command fails in one line.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aListenerThatIsNotTheTargetsIsSentNothingButIdentify() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Path dir = socketDirectory();
        Path jar = Files.write(tmp.resolve("fix.jar"), new byte[] {'P', 'K', 5, 6});
        Process sleep = new ProcessBuilder("sleep", "60").start();
        List<String> received = new CopyOnWriteArrayList<>();
        Path path = ControlPath.socket(dir, sleep.pid(), ControlPath.startTime(sleep.pid()));
        try (ServerSocketChannel fake = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            fake.bind(UnixDomainSocketAddress.of(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            Thread t = new Thread(() -> {
                while (fake.isOpen()) {
                    try (SocketChannel c = fake.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(c),
                                StandardCharsets.UTF_8));
                        String last = null;
                        for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                            last = line;
                        }
                        if (last != null) {
                            // Not a probe, which connects and sends nothing.
                            received.add(last);
                        }
                        String answer = "identify".equals(last)
                                ? "ok\npid " + sleep.pid() + "\nstart " + ControlPath.startTime(sleep.pid()) + "\n"
                                : "ok\nloaded patch 'cve-fix' (3 functions), enabled\n";
                        c.write(StandardCharsets.UTF_8.encode(answer));
                    } catch (IOException e) {
                        // Closed.
                    }
                }
            }, "fake agent");
            t.setDaemon(true);
            t.start();
            assertEquals(Main.FAILED, runWithTmpdir("load", Long.toString(sleep.pid()), jar.toString()));
            assertEquals("jlivepatch: process " + sleep.pid() + " is not a Java virtual machine this user can attach to",
                    firstErrorLine());
            assertEquals(List.of("identify"), received);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        } finally {
            sleep.destroy();
        }
    }

    /**
     * A stand-in for an agent, in a process of its own (the target): it binds the socket the
     * command derives for its own pid and start time, and answers as {@code mode} says: {@code
     * old}, an agent older than {@code identify}; {@code silent}, one that never answers.
     */
    private Process standIn(Path dir, String mode) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        String script = String.join("\n",
                "import os, socket, sys",
                "d, mode = sys.argv[1:]",
                "start = open('/proc/self/stat').read().rsplit(')', 1)[1].split()[19]",
                "os.umask(0o077)",
                "s = socket.socket(socket.AF_UNIX); s.bind('%s/%d-%s.sock' % (d, os.getpid(), start)); s.listen(8)",
                "print('ready', flush=True)",
                "kept = []",
                "while True:",
                "    c, _ = s.accept(); data = b''",
                "    while not data.endswith(b'\\n\\n'):",
                "        r = c.recv(4096)",
                "        if not r: break",
                "        data += r",
                "    if mode == 'silent' and data: kept.append(c); continue",
                "    try:",
                "        if not data: pass",
                "        elif b'\\nidentify\\n' in data: c.sendall(b\"error\\nunknown command 'identify'\\n\")",
                "        elif b'\\ncheck\\n' in data: c.sendall(b\"error\\nunknown command 'check'\\n\")",
                "        elif b'\\nlist\\n' in data: c.sendall(b'ok\\ngood-1 disabled \"a good patch\"\\n  a.B.c()V disabled\\n'",
                "                                          b'grace periods: 0 barrier\\n')",
                "        else: c.sendall(b'ok\\nfine\\n')",
                "    except OSError: pass",
                "    c.close()");
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, dir.toString(), mode).start();
        } catch (IOException e) {
            assumeTrue(false, "no python3: " + e);
            return null;
        }
        assertEquals("ready", new BufferedReader(new InputStreamReader(p.getInputStream())).readLine());
        return p;
    }

    /**
     * Review 13b F9: an agent older than {@code identify} was refused every command that changes
     * something, with no way out. The refusal names the override, and the override works; the
     * listener is still checked to be the target's (it is, here).
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anOlderAgentIsSentAChangeOnlyWithTrustPublished() throws Exception {
        Process old = standIn(socketDirectory(), "old");
        try {
            String pid = Long.toString(old.pid());
            assertEquals(Main.FAILED, runWithTmpdir("disable", pid, "fix"));
            assertTrue(firstErrorLine().endsWith("refusing to send it 'disable' (--trust-published sends it all the same,"
                    + " or use the older jlivepatch.jar)"), err.toString(StandardCharsets.UTF_8));
            err.reset();
            assertEquals(Main.OK, runWithTmpdir("disable", pid, "fix", "--trust-published"),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals("fine\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
        } finally {
            old.destroy();
        }
    }

    /**
     * Review 16 F6: an agent older than {@code check} answered it {@code unknown command 'check'},
     * and every roll-out through such a JVM failed. The command asks it {@code list} instead and
     * reads the jar's ids itself; a patch the agent has is its state, with no digest.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anAgentOlderThanCheckIsAskedList() throws Exception {
        Path jar = goodJar();
        Process old = standIn(socketDirectory(), "old");
        try {
            assertEquals(Main.OK, runWithTmpdir("check", Long.toString(old.pid()), jar.toString()),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals("good-1 disabled\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
        } finally {
            old.destroy();
        }
    }

    /**
     * Review 16 F8: a dry run's check attached to every JVM without an agent's socket at its
     * default path, which starts the JVM's Attach Listener for good. With --no-attach it does
     * not: a process that is no JVM at all is answered, since nothing is asked of it.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void checkWithNoAttachAnswersUncheckedWithoutAttaching() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Path jar = goodJar();
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            String pid = Long.toString(sleep.pid());
            assertEquals(Main.OK, runWithTmpdir("check", pid, jar.toString(), "--no-attach"),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals("good-1 unchecked: no agent's socket is at its default path in process " + pid + ", and"
                    + " --no-attach does not attach to look further; a load checks the fingerprints\n",
                    out.toString(StandardCharsets.UTF_8).replace("\r", ""));
            err.reset();
            assertEquals(Main.USAGE, run("list", pid, "--no-attach"));
            assertEquals("jlivepatch: --no-attach applies to check only (see --help)", firstErrorLine());
        } finally {
            sleep.destroy();
        }
    }

    /** A patch jar of {@link GoodPatch} alone, id {@code good-1}. */
    private Path goodJar() throws IOException {
        Path jar = tmp.resolve("good.jar");
        try (JarOutputStream target = new JarOutputStream(Files.newOutputStream(jar))) {
            String entry = GoodPatch.class.getName().replace('.', '/') + ".class";
            target.putNextEntry(new JarEntry(entry));
            try (InputStream in = GoodPatch.class.getClassLoader().getResourceAsStream(entry)) {
                target.write(in.readAllBytes());
            }
        }
        return jar;
    }

    /**
     * Review 13b F8: an agent that accepted and never answered (its serving thread gone) hung the
     * command for ever. The wait for the first byte of an answer is bounded.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anAgentThatNeverAnswersEndsTheCommandInOneLine() throws Exception {
        Path dir = socketDirectory();
        Process silent = standIn(dir, "silent");
        try {
            String pid = Long.toString(silent.pid());
            Main.readMillis = 2_000;
            assertEquals(Main.FAILED, runWithTmpdir("list", pid));
            assertEquals("jlivepatch: the agent at " + ControlPath.socket(dir, silent.pid(),
                    ControlPath.startTime(silent.pid())) + " did not answer 'identify' within 2 s", firstErrorLine());
        } finally {
            Main.readMillis = Main.READ_MILLIS;
            silent.destroy();
        }
    }
    /**
     * Run from unpacked classes (this test's own class path), the command cannot hand the JVM an
     * agent jar: it says so, where the JDK said "Agent JAR not found" (found by review); and a
     * jar deleted since the command started is said to be gone (second review).
     */
    @Test
    void aCommandThatCannotHandTheJvmAJarSaysWhy(@TempDir Path dir) throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(Files.isDirectory(classes), "the command's classes are unpacked here");
        for (boolean first : new boolean[] {true, false}) {
            Main.CliException e = org.junit.jupiter.api.Assertions.assertThrows(Main.CliException.class,
                    () -> Main.ownJar(first));
            assertEquals("this command runs from " + classes + ", not from the agent jar, and a JVM loads an agent"
                    + " only from a jar; run it as java -jar jlivepatch.jar", e.getMessage());
        }
        Path gone = dir.resolve("jlivepatch.jar");
        Main.CliException e = org.junit.jupiter.api.Assertions.assertThrows(Main.CliException.class,
                () -> Main.checkedJar(gone));
        assertEquals("this command's jar " + gone + " is gone (moved or deleted since it started); run the command"
                + " again from where the jar is", e.getMessage());
        Files.write(gone, new byte[] {1});
        assertEquals(gone, Main.checkedJar(gone));
    }
    /** The command's check of an id is the jar reader's, without its regular expression. */
    @Test
    void thePatchIdCheckIsTheJarReaders() {
        for (String id : List.of("a", "fix-7", "Fix_7.b", "9", "a".repeat(128), "a".repeat(129), "", "-a", ".a", "_a",
                "a b", "a!", "é", "a/b", "ab-", "x.y-z_0")) {
            assertEquals(io.jlivepatch.patch.PatchJar.isValidId(id), Main.isPatchId(id), id);
        }
    }

    /** Found by review: a flag before the command, a pid past a long, a directory, an id no patch can have. */
    @Test
    void flagsBeforeTheCommandAndArgumentsNoPatchCanHaveAreUsageLines(@TempDir Path dir) {
        assertEquals(Main.USAGE, run("--no-wait", "list", "1"));
        assertEquals("jlivepatch: --no-wait applies to enable and disable only (see --help)", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("list", "9999999999999999999"));
        assertEquals("jlivepatch: '9999999999999999999' is not a process id", firstErrorLine());
        err.reset();
        assertEquals(Main.FAILED, run("load", "1", dir.toString()));
        assertEquals("jlivepatch: " + dir + " is a directory, not a patch jar", firstErrorLine());
        err.reset();
        assertEquals(Main.USAGE, run("--no-wait", "enable", "1", "x".repeat(9000)));
        assertEquals("jlivepatch: '" + "x".repeat(200) + "...' is not a patch id (letters, digits, . _ -; at most 128)",
                firstErrorLine());
    }

    /**
     * Found by review: a request is a line per argument, so "x\n--force-fingerprint" loaded x with
     * its guard overridden, and "y.jar\r" loaded y.jar. Refused before anything is read or reached.
     */
    @Test
    void anArgumentWithALineBreakIsAUsageLine(@TempDir Path dir) throws IOException {
        Path x = Files.createFile(dir.resolve("x"));
        for (String[] args : List.of(new String[] {"load", "1", x + "\n--force-fingerprint"},
                new String[] {"load", "1", x + "\r"}, new String[] {"check", "1", x + "\n"},
                new String[] {"attach", "1", "patch=" + x + "\nlog=debug"}, new String[] {"set", "1", "log=info\r"},
                new String[] {"enable", "1", "fix\n"})) {
            err.reset();
            assertEquals(Main.USAGE, run(args), List.of(args).toString());
            assertEquals("jlivepatch: an argument may not hold a line break or a carriage return", firstErrorLine());
        }
        assertThrows(IllegalArgumentException.class,
                () -> ControlProtocol.writeRequest(new StringWriter(), List.of("load", x + "\n--force-fingerprint"), 1));
    }
}
