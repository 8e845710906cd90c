package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.BlockingPrePatch;
import io.jlivepatch.it.patches.GracePatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.control.ControlPath;
import io.jlivepatch.control.ControlProtocol;
import io.jlivepatch.control.ControlSocket;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's way to the agent (issue 13): after the first contact, the control socket it derives
 * from the pid, without attaching; checked before it is trusted; stale ones removed. And the
 * agent's arguments on attach, and {@code set}.
 *
 * <p>Every JVM here, targets and CLI, runs with a {@code java.io.tmpdir} of this test's own, so
 * that the socket directory it checks and breaks is no one else's.
 */
class ControlSocketIT {

    @TempDir
    Path tmp;

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void afterTheFirstContactTheCliReachesTheAgentWithoutAttaching() throws Exception {
        try (TargetJvm target = target().javaAgent(null).jvmOption("-XX:+DisableAttachMechanism").start()) {
            String pid = Long.toString(target.pid());
            // Attaching is impossible: a CLI that looks for the socket elsewhere cannot reach it.
            String failure = Cli.run("list", pid).assertFailure();
            assertTrue(failure.contains("cannot attach") || failure.contains("not a Java virtual machine"), failure);
            assertEquals(List.of("no patches loaded", "grace periods: " + barrier(pid) + " barrier"),
                    cli("list", pid).assertSuccess().stdout());
            Path socket = socketOf(pid);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDir())));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void attachLoadsTheAgentWithItsArgumentsAndALaterAttachChangesWhatMayChange() {
        try (TargetJvm target = target().start()) {
            String pid = Long.toString(target.pid());
            assertEquals(List.of("loaded the agent into process " + pid + " with log=debug,stall-report=3,transition-timeout=5"),
                    cli("attach", pid, "log=debug,stall-report=3,transition-timeout=5").assertSuccess().stdout());
            assertTrue(Files.exists(socketOf(pid), LinkOption.NOFOLLOW_LINKS));
            List<String> settings = cli("settings", pid).assertSuccess().stdout();
            assertTrue(settings.containsAll(List.of("log=debug", "stall-report=3", "transition-timeout=5",
                    "not-watching=watch", "grace-period-timeout=60 (fixed at start)")), settings.toString());
            Path pair = PatchJars.of(jars, "pair", PairPatch.class);
            List<String> again = cli("attach", pid, "log=info,grace-period-timeout=60,patch=" + pair).assertSuccess().stdout();
            assertEquals(List.of("the agent runs in process " + pid + " already", "log=info (was debug)"),
                    again.subList(0, 2), "a fixed key given its own value is accepted");
            assertEquals("pair=o2:i2", target.call("pair"), "and the patch is loaded: " + again);
            Cli.Result changed = cli("attach", pid, "grace-period-timeout=61");
            assertEquals(1, changed.exitCode());
            assertEquals("jlivepatch: 'grace-period-timeout' is fixed at start: only the agent's first start can choose it"
                    + " (it is grace-period-timeout=60)", changed.assertFailure());
            assertNoWarning(target);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aBadAgentArgumentIsTheCommandsErrorAndNeverReachesTheApplication() {
        try (TargetJvm target = target().start()) {
            String pid = Long.toString(target.pid());
            Cli.Result unknown = cli("attach", pid, "log=debug,colour=blue");
            assertEquals(2, unknown.exitCode());
            assertEquals("jlivepatch: unknown agent argument 'colour'", unknown.assertFailure());
            Cli.Result malformed = cli("attach", pid, "transition-timeout=soon");
            assertEquals(2, malformed.exitCode());
            assertEquals("jlivepatch: agent argument 'transition-timeout' must be whole seconds, not 'soon'",
                    malformed.assertFailure());
            assertEquals("pair=o1:i1", target.call("pair"), "the application runs on, unpatched");
            assertEquals(List.of(), target.stderrLines(), "no agent, no line");
            assertFalse(Files.exists(socketOf(pid)), "the agent was not loaded");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void setChangesARuntimeKeyAndTheNextTransitionIsJudgedByIt() {
        try (TargetJvm target = target().javaAgent(null).start()) {
            String pid = Long.toString(target.pid());
            cli("load", pid, PatchJars.of(jars, "pair", PairPatch.class).toString()).assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"), "holds the disable");
            assertEquals(List.of("transition-timeout=2 (was 60)"),
                    cli("set", pid, "transition-timeout=2").assertSuccess().stdout());
            String failure = cli("disable", pid, "pair").assertFailure();
            assertTrue(failure.startsWith("jlivepatch: patch 'pair' was not disabled: its transition stalled for 2 s"),
                    failure);
            assertEquals("release-outer=o2:i2", target.call("release-outer"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void setOfAKeyFixedAtStartIsRefusedInOneLine() {
        try (TargetJvm target = target().javaAgent(null).start()) {
            String pid = Long.toString(target.pid());
            for (String key : List.of("barrier=safepoint", "bootstrap=boot", "grace-period-timeout=5")) {
                Cli.Result set = cli("set", pid, key);
                assertEquals(2, set.exitCode(), key);
                String name = key.substring(0, key.indexOf('='));
                assertEquals("jlivepatch: '" + name + "' is fixed at start: only the agent's first start can choose it",
                        set.assertFailure());
            }
            assertEquals("jlivepatch: 'patch' is not a setting: load the jar with jlivepatch load",
                    cli("set", pid, "patch=x.jar").assertFailure());
            assertTrue(cli("settings", pid).assertSuccess().stdout().contains("grace-period-timeout=60 (fixed at start)"));
            assertNoWarning(target);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSocketOrDirectoryOthersCouldUseIsRefused() throws Exception {
        try (TargetJvm target = target().javaAgent(null).start()) {
            String pid = Long.toString(target.pid());
            Path dir = socketDir();
            Path socket = socketOf(pid);
            // Untrusted where derived, the CLI attaches, finds the same path published, and refuses it there.
            String refusing = "jlivepatch: refusing the control socket that process " + pid + " names (" + socket + "): ";

            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertEquals(refusing + dir + " is open to other users (mode rwxr-xr-x, must be rwx------)",
                    cli("list", pid).assertFailure());
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));

            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            assertEquals(refusing + socket + " is open to other users (mode rw-rw-rw-, must be rw-------)",
                    cli("list", pid).assertFailure());
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));

            long uid = ownUid();
            if (uid == 0) {
                // Only root can give a file away; as another user this part cannot be set up.
                Files.setAttribute(socket, "unix:uid", 65534);
                assertEquals(refusing + socket + " belongs to uid 65534, not to uid 0",
                        cli("list", pid).assertFailure());
                Files.setAttribute(dir, "unix:uid", 65534);
                Files.setAttribute(socket, "unix:uid", 0);
                assertEquals(refusing + dir + " belongs to uid 65534, not to uid 0",
                        cli("list", pid).assertFailure());
                Files.setAttribute(dir, "unix:uid", 0);
            }
            cli("list", pid).assertSuccess();
        }
    }

    /**
     * Review 13 (pidns-impostor.sh): a socket whose name is a pid this JVM cannot see may be the
     * live socket of a JVM in another pid namespace; only the ones nobody listens on are removed.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlySocketsNobodyListensOnAreRemovedAtStart() throws Exception {
        Path dir = Files.createDirectory(socketDir(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        long dead = deadPid();
        assertEquals("jlivepatch: no process with pid " + dead, cli("list", Long.toString(dead)).assertFailure());
        Path stale = staleSocket(dir.resolve(dead + "-1.sock"));
        Path staleOfAnOlderAgent = staleSocket(dir.resolve(dead + ".sock"));
        try (Listener live = new Listener(dir.resolve(dead + "-2.sock"), List.of("ok"));
                TargetJvm target = target().javaAgent(null).start()) {
            assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS), "the agent removed it at start");
            assertFalse(Files.exists(staleOfAnOlderAgent, LinkOption.NOFOLLOW_LINKS), "the agent removed it at start");
            assertTrue(Files.exists(live.path, LinkOption.NOFOLLOW_LINKS), "it accepts connections: not removed");
            assertTrue(Files.exists(socketOf(target.pid()), LinkOption.NOFOLLOW_LINKS));
        }
    }

    /**
     * Review 13 (pidns-impostor.sh): another process listens where the target's socket belongs
     * (a JVM of another pid namespace with the same pid and start time, or any listener of this
     * user). The agent leaves it and binds in a private directory; the CLI sends that listener
     * nothing but {@code identify}, and reaches the target's agent by attaching.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anotherProcessAtTheDerivedPathIsNeitherRemovedNorSentARequest() throws Exception {
        Files.createDirectory(socketDir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (TargetJvm target = target().start();
                Listener other = new Listener(socketOf(target.pid()), List.of("ok", "pid 1", "start 1"))) {
            String pid = Long.toString(target.pid());
            assertEquals(List.of("loaded the agent into process " + pid), cli("attach", pid).assertSuccess().stdout());
            cli("load", pid, PatchJars.of(jars, "pair", PairPatch.class).toString()).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"), "the target is patched");
            assertTrue(Files.exists(other.path, LinkOption.NOFOLLOW_LINKS), "the agent left the live socket");
            for (List<String> request : other.requests()) {
                assertEquals(ControlProtocol.IDENTIFY, request.get(request.size() - 1), "sent to the other: " + request);
            }
            assertFalse(other.requests().isEmpty());
            assertNoWarning(target);
        }
    }

    /**
     * Review 13 (socket-removed.sh): a removed socket file (a {@code /tmp} cleaner, an {@code rm})
     * left the agent unreachable for good, and {@code attach} said it ran and exited 0. The
     * attach that finds the published socket gone has the agent bind again.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anAgentWhoseSocketWasRemovedBindsAgainOnTheNextAttach() throws Exception {
        TargetJvm.Builder builder = target().javaAgent(null);
        if (ItEnvironment.javaFeatureVersion() >= 21) {
            // The second attach is dynamic: without the flag JDK 21+ warns, its warning not ours.
            builder.jvmOption("-XX:+EnableDynamicAgentLoading");
        }
        try (TargetJvm target = builder.start()) {
            String pid = Long.toString(target.pid());
            Path socket = socketOf(pid);
            Files.delete(socket);
            assertEquals(List.of("no patches loaded"), cli("list", pid).assertSuccess().stdout().subList(0, 1));
            assertTrue(Files.exists(socket, LinkOption.NOFOLLOW_LINKS), "bound again where the CLI derives it");
            Files.delete(socket);
            assertEquals(List.of("the agent runs in process " + pid + " already",
                    "its control socket was gone; it listens again at " + socket), cli("attach", pid).assertSuccess().stdout());
            cli("list", pid).assertSuccess();
            assertNoWarning(target);
        }
    }

    /**
     * Review 13 (socket-flood.sh): one client could exhaust the host, with idle connections (a
     * thread each, for ever) or an endless line (buffered whole in the application's heap). Now
     * at most 16 connections are served, one more is answered busy; a request that does not come
     * is closed after 10 s; a line over the bound is refused unread.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aClientCannotExhaustTheAgent() throws Exception {
        try (TargetJvm target = target().javaAgent(null).jvmOption("-Xmx64m").start()) {
            String pid = Long.toString(target.pid());
            UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(socketOf(pid));
            List<SocketChannel> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    idle.add(SocketChannel.open(socket));
                }
                try (SocketChannel seventeenth = SocketChannel.open(socket)) {
                    assertEquals("error\nthe agent is busy: 16 connections are open; try again\n",
                            new String(Channels.newInputStream(seventeenth).readAllBytes(), StandardCharsets.UTF_8));
                }
                // Closed by the agent once its time for the request has passed: end of stream, no answer.
                assertEquals(-1, Channels.newInputStream(idle.get(0)).read());
            } finally {
                for (SocketChannel c : idle) {
                    c.close();
                }
            }
            try (SocketChannel flood = SocketChannel.open(socket)) {
                flood.write(StandardCharsets.UTF_8.encode("jlivepatch 1\n"));
                java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(1 << 20);
                try {
                    for (int i = 0; i < 256; i++) {
                        java.util.Arrays.fill(chunk.array(), (byte) 'a');
                        chunk.clear();
                        flood.write(chunk);
                    }
                } catch (java.io.IOException e) {
                    // The agent closed the connection at the line's bound: what this checks.
                }
            }
            assertEquals(List.of("no patches loaded"), cli("list", pid).assertSuccess().stdout().subList(0, 1));
            assertNoWarning(target);
            for (String line : target.stderrLines()) {
                assertFalse(line.contains("OutOfMemoryError"), line);
            }
        }
    }

    /**
     * Review 13b F7: while something holds the patch lock (here a pre-patch callback that waits),
     * every operation waited for it uninterruptibly, each keeping a connection, and sixteen of
     * them made the agent answer even {@code list} "busy". Now an operation gives up after a
     * bounded wait naming what holds the lock (an operation, not only its thread: a carried NIT),
     * those beyond the operations' cap are answered busy
     * at once, and {@code list} is answered throughout.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aHeldPatchLockMakesOperationsBusyAndNeverStarvesReads() throws Exception {
        String pair = PatchJars.of(jars, "pair", PairPatch.class).toString();
        String blocking = PatchJars.of(jars, "blocking", BlockingPrePatch.class).toString();
        ExecutorService clients = Executors.newCachedThreadPool();
        try (TargetJvm target = target().start()) {
            String pid = Long.toString(target.pid());
            cli("load", pid, pair).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            Future<ControlClient.Answer> load = clients.submit(() -> control.request("load", blocking));
            assertEquals("blocker-waiting=waiting", target.call("blocker-waiting"), "the pre-patch callback holds the lock");
            List<Future<ControlClient.Answer>> disables = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                disables.add(clients.submit(() -> control.request("disable", "pair")));
            }
            // Those beyond the cap are answered at once: then the others are in, waiting.
            while (disables.stream().filter(Future::isDone).count() < 4) {
                Thread.sleep(50);
            }
            ControlClient.Answer list = control.request("list");
            assertTrue(list.ok(), "list is answered while operations wait: " + list);
            boolean namedTheHolder = false;
            for (Future<ControlClient.Answer> f : disables) {
                ControlClient.Answer a = f.get(60, TimeUnit.SECONDS);
                assertFalse(a.ok(), a.toString());
                String line = String.join(" ", a.lines());
                assertTrue(line.contains("busy"), line);
                namedTheHolder |= line.matches(".*busy: the patch lock is held by the load of blocking\\.jar"
                        + " \\(thread '[^']+'\\) since \\S+ \\([0-9]+ s\\); try again.*");
            }
            assertTrue(namedTheHolder, "a refusal names who holds the lock and since when");
            assertEquals("blocker-release=released", target.call("blocker-release"));
            assertTrue(load.get(60, TimeUnit.SECONDS).ok(), "the blocking patch loads once released");
            assertNoWarning(target);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Review 13b F10: a client that left during a load (Ctrl-C) made the next progress write
     * throw out of the load: no roll-back, and an audit line {@code result=error} without the
     * patch ids or the jar's digest, although the patch's code ran. Now the load goes on without
     * the client, and its audit line is whole.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aClientThatLeavesDuringALoadLeavesTheLoadWholeAndItsAuditLineComplete() throws Exception {
        Path grace = PatchJars.of(jars, "grace", GracePatch.class);
        Path audit = tmp.resolve("audit.log");
        try (TargetJvm target = target().javaAgent("audit=" + audit).start()) {
            String pid = Long.toString(target.pid());
            assertEquals("grace-work=w1", target.call("grace-work"), "GraceTarget is loaded");
            assertEquals("park-grace-hold=parked", target.call("park-grace-hold"), "holds the load's transition");
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socketOf(pid)))) {
                client.write(StandardCharsets.UTF_8.encode("jlivepatch 1\nload\n" + grace + "\n\n"));
                client.shutdownOutput();
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                        StandardCharsets.UTF_8));
                assertEquals("progress", in.readLine(), "the transition is in flight, held");
            }
            // The client is gone; the agent's next progress write finds it so.
            Thread.sleep(1500);
            assertTrue(target.call("release-grace-hold").startsWith("release-grace-hold="));
            String line = null;
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); line == null && System.nanoTime() < end; ) {
                line = Files.exists(audit) ? Files.readAllLines(audit).stream().filter(l -> l.contains(" op=load "))
                        .findFirst().orElse(null) : null;
                Thread.sleep(50);
            }
            assertTrue(line != null && line.matches(".* op=load patch=grace sha256=[0-9a-f]{64} .* result=ok jar=.*"),
                    "the load's audit line: " + line);
            assertTrue(PatchList.parse("list", cli("list", pid).assertSuccess().stdout()).get("grace").enabled(),
                    "the load enabled the patch");
            assertNoWarning(target);
        }
    }

    /**
     * Review 13 (published-path-redirect.sh): the path the target publishes is the target's to
     * set; the CLI checks it as the derived one, and sends a listener there that cannot say it is
     * the target nothing but {@code identify}.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPublishedPathIsCheckedAndItsListenerAskedWhoItIs() throws Exception {
        Path open = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path closed = Files.createDirectory(tmp.resolve("closed"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String jar = PatchJars.of(jars, "pair", PairPatch.class).toString();
        List<String> says = List.of("ok", "loaded patch 'pair' (2 functions), enabled");
        try (Listener exposed = new Listener(open.resolve("x.sock"), says);
                TargetJvm target = target().jvmOption("-D" + ControlSocket.PROPERTY + "=" + exposed.path).start()) {
            String pid = Long.toString(target.pid());
            assertEquals("jlivepatch: refusing the control socket that process " + pid + " names (" + exposed.path
                    + "): " + open + " is open to other users (mode rwxrwxrwx, must be rwx------)",
                    cli("load", pid, jar).assertFailure());
            assertEquals(0, exposed.connections(), "not even a probe goes to a path that is not trusted");
        }
        try (Listener impostor = new Listener(closed.resolve("x.sock"), says);
                TargetJvm target = target().jvmOption("-D" + ControlSocket.PROPERTY + "=" + impostor.path).start()) {
            String pid = Long.toString(target.pid());
            assertEquals("jlivepatch: refusing the control socket " + impostor.path + " for process " + pid
                    + ": its answer does not say which process it is", cli("load", pid, jar).assertFailure());
            assertEquals(1, impostor.requests().size());
            assertEquals(ControlProtocol.IDENTIFY, impostor.requests().get(0).get(2), "no jar path: "
                    + impostor.requests());
            assertEquals("pair=o1:i1", target.call("pair"));
        }
    }

    /**
     * Review 13b F5, at the published path: a listener there that answers {@code identify} with
     * the target's own pid and start time (it read them off {@code /proc}) is still not the
     * target's. The CLI reads who holds the socket and sends it nothing but the {@code identify}.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aListenerThatAnswersAsTheTargetWouldIsRefusedWhenTheTargetDoesNotHoldIt() throws Exception {
        Path closed = Files.createDirectory(tmp.resolve("closed"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path path = closed.resolve("x.sock");
        String jar = PatchJars.of(jars, "pair", PairPatch.class).toString();
        try (TargetJvm target = target().jvmOption("-D" + ControlSocket.PROPERTY + "=" + path).start();
                Listener impostor = new Listener(path, List.of("ok", "pid " + target.pid(),
                        "start " + ControlPath.startTime(target.pid())))) {
            String pid = Long.toString(target.pid());
            String refusal = cli("load", pid, jar).assertFailure();
            assertTrue(refusal.startsWith("jlivepatch: refusing the control socket " + path + " for process " + pid
                    + ": another process holds a socket bound at " + path + " (socket:["), refusal);
            for (List<String> request : impostor.requests()) {
                assertEquals(ControlProtocol.IDENTIFY, request.get(request.size() - 1), "sent to the impostor: " + request);
            }
            assertEquals("pair=o1:i1", target.call("pair"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anAgentThatFindsTheSharedDirectoryOpenUsesAPrivateOneQuietlyAndTheCliAttachesToFindIt() throws Exception {
        Path dir = Files.createDirectory(socketDir(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (TargetJvm target = target().javaAgent(null).start()) {
            String pid = Long.toString(target.pid());
            assertFalse(Files.exists(socketOf(pid), LinkOption.NOFOLLOW_LINKS), "nothing of ours in it");
            cli("list", pid).assertSuccess();
            // Review 13 (foreign-dir-dos.sh): a file where the socket would be, in a directory that
            // is not ours alone, is passed by, not a reason to refuse.
            Files.createFile(socketOf(pid));
            cli("list", pid).assertSuccess();
            assertNoWarning(target);
        }
    }

    private TargetJvm.Builder target() {
        return TargetJvm.builder().jvmOption("-Djava.io.tmpdir=" + tmp);
    }

    private Cli.Result cli(String... args) {
        return Cli.runWith(List.of("-Djava.io.tmpdir=" + tmp), args);
    }

    private Path socketOf(long pid) {
        return ControlPath.socket(socketDir(), pid, ControlPath.startTime(pid));
    }

    private Path socketOf(String pid) {
        return socketOf(Long.parseLong(pid));
    }

    private Path socketDir() {
        return tmp.resolve("jlivepatch-" + ownUid());
    }

    private String barrier(String pid) {
        String line = cli("settings", pid).assertSuccess().stdout().stream().filter(l -> l.startsWith("barrier="))
                .findFirst().orElseThrow();
        return line.substring("barrier=".length(), line.indexOf(' '));
    }

    private static long ownUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read this process's uid", e);
        }
    }

    /** A socket file that nobody listens on, as a JVM that died leaves it. */
    private static Path staleSocket(Path path) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
        }
        assertTrue(Files.exists(path, LinkOption.NOFOLLOW_LINKS));
        return path;
    }

    /** The pid of a process that has exited. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return p.pid();
    }

    private static void assertNoWarning(TargetJvm target) {
        for (String line : target.stderrLines()) {
            assertFalse(line.contains("warning") || line.contains("refused"), "in the application's stderr: " + line);
        }
    }

    /**
     * A listener of this test's at {@code path} ({@code 0600}): it records each request and answers
     * {@code answer}, whatever was asked.
     */
    private static final class Listener implements AutoCloseable {
        final Path path;
        private final ServerSocketChannel server;
        private final List<List<String>> requests = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();

        Listener(Path path, List<String> answer) throws Exception {
            this.path = path;
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            Thread t = new Thread(() -> {
                while (server.isOpen()) {
                    try (SocketChannel c = server.accept()) {
                        connections.incrementAndGet();
                        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(c),
                                StandardCharsets.UTF_8));
                        List<String> request = new ArrayList<>();
                        for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                            request.add(line);
                        }
                        if (!request.isEmpty()) {
                            requests.add(request);
                        }
                        c.write(StandardCharsets.UTF_8.encode(String.join("\n", answer) + "\n"));
                    } catch (java.io.IOException e) {
                        // Closed, or a client that left.
                    }
                }
            }, "listener " + path.getFileName());
            t.setDaemon(true);
            t.start();
        }

        int connections() {
            return connections.get();
        }

        List<List<String>> requests() {
            return List.copyOf(requests);
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
