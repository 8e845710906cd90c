package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.FinalPatch;
import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.patches.VarargsPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's two ways in, {@code -javaagent} at start-up and the Attach API, and what the host
 * sees of it: the agent initialises once per JVM however often it is attached, prints nothing on
 * the host's standard output, nothing on its standard error but {@code jlivepatch: } lines (the
 * lifecycle in the kernel's words, a tested contract like the kernel's selftests), and opens no
 * server socket.
 *
 * <p>Attached targets run with {@code -XX:+EnableDynamicAgentLoading} on JDK 21 and later (see
 * {@link TargetJvm}), so the JDK's own dynamic-agent warning must not appear either.
 */
class AgentStartupIT {

    /** The line the agent prints once when it initialises in a JVM: {@code jlivepatch: agent 0.1.0 started on Java 17...}. */
    private static final Pattern AGENT_INIT = Pattern.compile("^jlivepatch: agent \\S+ started on Java ");

    /** Everything the fixture itself prints: its ready line and its answers. */
    private static final Pattern FIXTURE_LINE = Pattern.compile("^(fixture ready pid \\d+|[a-z-]+[=!].*)$");

    private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");
    private static final String TCP_LISTEN = "0A";
    private static final Pattern SHA256 = Pattern.compile("sha256 [0-9a-f]{64}");

    @TempDir
    Path jars;

    @Test
    void patchesFromTheFirstCallWhenLoadedAtStartup() {
        Path staticJar = PatchJars.of(jars, "static", StaticPatch.class);
        Path varargsJar = PatchJars.of(jars, "varargs", VarargsPatch.class);
        TargetJvm target = TargetJvm.startFixtureWithAgent("patch=" + staticJar);
        try {
            assertEquals("static=patched world", target.call("static"), "the very first call");
            PatchList.Patch listed = Cli.list(target.pid()).patchList().get("kind-static");
            assertTrue(listed.enabled(), listed.line());

            // Attaching to a JVM that has the agent already reuses it.
            Cli.load(target.pid(), varargsJar).assertSuccess();
            assertEquals("varargs=patched a-b-c", target.call("varargs"));
            assertEquals("static=patched world", target.call("static"));
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        assertInitialisedOnce(target);
        assertHostOutputClean(target);
    }

    @Test
    void initialisesOnceWhenAttachedTwice() {
        Path finalJar = PatchJars.of(jars, "final", FinalPatch.class);
        Path varargsJar = PatchJars.of(jars, "varargs", VarargsPatch.class);
        TargetJvm target = TargetJvm.startFixture();
        try {
            assertEquals("final=final original", target.call("final"));
            Cli.load(target.pid(), finalJar).assertSuccess();
            Cli.load(target.pid(), varargsJar).assertSuccess();
            assertEquals("final=final patched", target.call("final"));
            assertEquals("varargs=patched a-b-c", target.call("varargs"));
            PatchList list = Cli.list(target.pid()).patchList();
            assertTrue(list.get("kind-final").enabled() && list.get("kind-varargs").enabled(), list.toString());
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        assertInitialisedOnce(target);
        assertHostOutputClean(target);
    }

    /**
     * The lifecycle of one patch, as the kernel's livepatch selftests expect it, line for line:
     * enable, disable, enable again, disable, unload.
     */
    @Test
    void printsTheLifecycleInTheKernelsWords() {
        Path finalJar = PatchJars.of(jars, "final", FinalPatch.class);
        TargetJvm target = TargetJvm.startFixture();
        try {
            Cli.load(target.pid(), finalJar).assertSuccess();
            Cli.disable(target.pid(), "kind-final").assertSuccess();
            Cli.enable(target.pid(), "kind-final").assertSuccess();
            Cli.disable(target.pid(), "kind-final").assertSuccess();
            Cli.unload(target.pid(), "kind-final").assertSuccess();
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        List<String> patching = List.of(
                "jlivepatch: enabling patch 'kind-final'",
                "jlivepatch: 'kind-final': initializing patching transition",
                "jlivepatch: 'kind-final': starting patching transition",
                "jlivepatch: 'kind-final': completing patching transition",
                "jlivepatch: 'kind-final': patching complete");
        List<String> unpatching = List.of(
                "jlivepatch: 'kind-final': initializing unpatching transition",
                "jlivepatch: 'kind-final': starting unpatching transition",
                "jlivepatch: 'kind-final': completing unpatching transition",
                "jlivepatch: 'kind-final': unpatching complete");
        List<String> expected = new ArrayList<>();
        expected.add("jlivepatch: 'kind-final': loaded from " + finalJar + " (sha256 <sha256>)");
        expected.addAll(patching);
        expected.addAll(unpatching);
        expected.addAll(patching);
        expected.addAll(unpatching);
        expected.add("jlivepatch: 'kind-final': unloaded");
        List<String> actual = target.stderrLines().stream()
                .filter(l -> l.contains("'kind-final'"))
                .map(l -> SHA256.matcher(l).replaceAll("sha256 <sha256>"))
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /**
     * DESIGN §7: nothing listens on a network port unless the user asks for it. The CLI reaches the
     * agent through the Attach API; that must not leave a server socket open in the host.
     */
    @Test
    void leavesNoListeningSocketInTheHost() throws IOException {
        Path staticJar = PatchJars.of(jars, "static", StaticPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/" + target.pid() + "/net/tcp")),
                    "needs Linux's /proc to see sockets");
            assertEquals(List.of(), listeningSockets(target.pid()), "before the agent came");
            Cli.load(target.pid(), staticJar).assertSuccess();
            Cli.list(target.pid()).assertSuccess();
            assertEquals("static=patched world", target.call("static"));
            assertEquals(List.of(), listeningSockets(target.pid()), "TCP sockets the host listens on after load and list");
        }
    }

    /**
     * The local addresses of the TCP sockets in state LISTEN that {@code pid} holds: its socket
     * inodes from {@code /proc/<pid>/fd}, matched against its network namespace's tables.
     */
    private static List<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds) {
                try {
                    Matcher m = SOCKET_LINK.matcher(Files.readSymbolicLink(fd).toString());
                    if (m.matches()) {
                        inodes.add(m.group(1));
                    }
                } catch (IOException e) {
                    // The descriptor closed while the directory was read.
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc/" + pid + "/net/" + table);
            if (!Files.isReadable(file)) {
                continue;
            }
            // readAllLines, not readString: /proc files report a size that is not their length.
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && f[3].equals(TCP_LISTEN) && inodes.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }

    /**
     * The agent does not initialise the JDK's thread containers (JDK 21+): they read
     * {@code jdk.trackAllThreads} when they are initialised, and an application may set it in its
     * {@code main}, after a {@code -javaagent} started. Found by review: the agent initialised
     * them when it started.
     */
    @Test
    void leavesTheJdksThreadContainersToTheApplication() throws IOException {
        Assumptions.assumeTrue(ItEnvironment.javaFeatureVersion() >= 21, "thread containers are JDK 21+");
        Path log = jars.resolve("class-init.log");
        TargetJvm target = TargetJvm.builder().javaAgent(null)
                .jvmOption("-Xlog:class+init=info:file=" + log).start();
        try {
            assertEquals("static=hello world", target.call("static"));
            // What tells the agent that no virtual thread was made, and the thread containers it
            // walks (JDK 21+), are exported to a module of the agent's own: exported to the
            // agent's classes, they would reach the application's unnamed module, which they
            // share on the system class path.
            assertEquals("internal-misc-exported=false", target.call("internal-misc-exported"));
            assertEquals("internal-vm-exported=false", target.call("internal-vm-exported"));
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        List<String> lines = Files.readAllLines(log);
        int main = indexOf(lines, "'io/jlivepatch/it/fixture/Fixture'");
        int containers = indexOf(lines, "'jdk/internal/vm/ThreadContainers'");
        assertTrue(main >= 0, "the log names the fixture's initialisation: " + log);
        assertTrue(containers < 0 || containers > main,
                "ThreadContainers initialised before the application's main, at line " + containers + ": "
                        + lines.get(containers));
        assertInitialisedOnce(target);
    }

    /**
     * An application that turns the JDK's tracking of virtual threads off in its main, after the
     * agent started (which now lets it), hears of what transitions cannot see then once, from
     * the first transition: the agent's start, which read the property before, could not tell
     * (found by review).
     */
    @Test
    void anApplicationThatTurnsTrackingOffInItsMainIsWarnedOnce() {
        Assumptions.assumeTrue(ItEnvironment.javaFeatureVersion() >= 21, "thread containers are JDK 21+");
        Path staticJar = PatchJars.of(jars, "static", StaticPatch.class);
        Path varargsJar = PatchJars.of(jars, "varargs", VarargsPatch.class);
        TargetJvm target = TargetJvm.builder().javaAgent(null).jvmOption("-Dfixture.untrackAtMain=true").start();
        try {
            Cli.load(target.pid(), staticJar).assertSuccess();
            Cli.load(target.pid(), varargsJar).assertSuccess();
            assertEquals("static=patched world", target.call("static"));
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        List<String> warnings = target.stderrLines().stream().filter(l -> l.contains("jdk.trackAllThreads=false"))
                .toList();
        assertEquals(1, warnings.size(), String.join("\n", target.stderrLines()));
        assertTrue(warnings.get(0).startsWith("jlivepatch: warning: "), warnings.get(0));
    }

    /**
     * An agent jar under a directory whose name ends in {@code !} cannot read its own resources
     * (the JDK opens {@code jar:file:/a!/agent.jar!/entry} at the first {@code !/}): the agent
     * refuses to start from it in one line that says why, not with SLF4J's provider errors and an
     * {@code ExceptionInInitializerError}, and the application runs; the CLI refuses to attach
     * it or build with it, and to attach a jar whose path holds {@code =}, which the JDK's agent
     * loading takes for the start of the agent's arguments. Found by review.
     */
    @Test
    void anAgentJarItsResourcesCannotBeReadFromRefusesToStartInOneLine() throws IOException {
        Path jar = Files.copy(ItEnvironment.agentJar(),
                Files.createDirectories(jars.resolve("release!")).resolve("jlivepatch.jar"));
        Path equals = Files.copy(ItEnvironment.agentJar(),
                Files.createDirectories(jars.resolve("a=b")).resolve("jlivepatch.jar"));
        String unreadable = "its jar " + jar + " lies under a directory whose name ends in '!', which the JDK's jar:"
                + " URLs cannot name, so none of its resources can be read";
        // The api's classes from that jar too: from the build's own agent jar, which the fixture's
        // class path names, the system class loader would find the agent's classes there first.
        TargetJvm target = TargetJvm.builder().jvmOption("-javaagent:" + jar)
                .classPath(ItEnvironment.fixtureClasses() + File.pathSeparator + jar).start();
        try {
            assertEquals("static=hello world", target.call("static"));
            String patch = PatchJars.of(jars, "static", StaticPatch.class).toString();
            assertEquals("jlivepatch: the agent cannot be loaded from this command's jar: " + unreadable
                    + "; move it elsewhere", Cli.runFrom(jar, "load", Long.toString(target.pid()), patch).assertFailure());
            assertEquals("jlivepatch: the agent cannot be loaded from this command's jar: its path " + equals
                    + " holds '=', where the JDK's agent loading ends the jar's path and begins the agent's arguments;"
                    + " move it elsewhere", Cli.runFrom(equals, "load", Long.toString(target.pid()), patch).assertFailure());
            assertEquals("static=hello world", target.call("static"), "nothing attached");
        } finally {
            assertEquals(0, target.exit(), "the fixture's exit status");
        }
        assertEquals(List.of("jlivepatch: error: the agent did not start: " + unreadable + "; move it elsewhere: this"
                        + " JVM keeps the agent's classes from it, so the agent can start only in a new JVM"),
                target.stderrLines(), "the host's stderr");
        assertHostOutputClean(target);
        assertEquals("jlivepatch: cannot build with this command's jar: " + unreadable + "; move it elsewhere",
                Cli.runFrom(jar, "build", "--old", "a", "--new", "b", "--id", "x", "-o", "x.jar").assertFailure());
    }

    private static int indexOf(List<String> lines, String what) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Initializing " + what)) {
                return i;
            }
        }
        return -1;
    }

    /** Called after the target exited, so that every line it printed has been read. */
    private static void assertInitialisedOnce(TargetJvm target) {
        List<String> inits = target.stderrLines().stream().filter(l -> AGENT_INIT.matcher(l).find()).toList();
        assertEquals(1, inits.size(), "agent initialisation lines on the host's stderr:\n"
                + String.join("\n", target.stderrLines()));
    }

    private static void assertHostOutputClean(TargetJvm target) {
        List<String> foreignOut = target.stdoutLines().stream().filter(l -> !FIXTURE_LINE.matcher(l).matches()).toList();
        assertEquals(List.of(), foreignOut, "lines on the host's stdout that the fixture did not print");
        List<String> foreignErr = target.stderrLines().stream().filter(l -> !l.startsWith("jlivepatch: ")).toList();
        assertEquals(List.of(), foreignErr, "lines on the host's stderr that are not the agent's 'jlivepatch: ' lines");
    }
}
