package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI trusts and what is stale; the agent's and the CLI's use of it run in ControlSocketIT. */
class ControlPathTest {

    @TempDir
    Path tmp;

    private final long uid = ControlPath.ownUid();

    private Path privateDirectory() throws Exception {
        return Files.createDirectory(ControlPath.directory(tmp.toString(), uid),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static Path socketAt(Path path) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        return path;
    }

    @Test
    void thePathIsDerivedFromTheUidAndThePid() {
        assertTrue(uid >= 0, "this test runs on Linux, where /proc/self names the uid");
        assertEquals(tmp.resolve("jlivepatch-" + uid).resolve("42-1234.sock"),
                ControlPath.socket(ControlPath.directory(tmp.toString(), uid), 42, 1234));
        assertArrayEquals(new long[] {42, 1234}, ControlPath.idOf(Path.of("/x/42-1234.sock")));
        assertArrayEquals(new long[] {42, -1}, ControlPath.idOf(Path.of("/x/42.sock")), "an older agent's name");
        assertNull(ControlPath.idOf(Path.of("/x/control.sock")));
        assertNull(ControlPath.idOf(Path.of("/x/42.sock.old")));
    }

    @Test
    void theOwnPidIsReadFromProcAsTheJdkGivesIt() {
        assertEquals(ProcessHandle.current().pid(), ControlPath.ownPid());
    }

    @Test
    void aPrivateSocketInAPrivateDirectoryIsTrusted() throws Exception {
        Path dir = privateDirectory();
        Path socket = socketAt(ControlPath.socket(dir, 42, 7));
        assertNull(ControlPath.untrusted(dir, socket, uid));
    }

    @Test
    void anythingOthersCouldOpenOrThatIsNotOursIsNot() throws Exception {
        Path dir = privateDirectory();
        Path socket = socketAt(ControlPath.socket(dir, 42, 7));
        assertEquals(dir + " belongs to uid " + uid + ", not to uid " + (uid + 1),
                ControlPath.untrusted(dir, socket, uid + 1), "the directory is checked first");
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw--w----"));
        assertEquals(socket + " is open to other users (mode rw--w----, must be rw-------)",
                ControlPath.untrusted(dir, socket, uid));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx-----x"));
        assertEquals(dir + " is open to other users (mode rwx-----x, must be rwx------)",
                ControlPath.untrusted(dir, socket, uid));
    }

    @Test
    void aFileOrALinkWhereTheSocketShouldBeIsNotTrusted() throws Exception {
        Path dir = privateDirectory();
        Path file = Files.createFile(ControlPath.socket(dir, 42, 7),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        assertEquals(file + " is not a socket", ControlPath.untrusted(dir, file, uid));
        Path socket = socketAt(dir.resolve("real.sock"));
        Path link = Files.createSymbolicLink(ControlPath.socket(dir, 43, 7), socket);
        assertEquals(link + " is not a socket", ControlPath.untrusted(dir, link, uid));
        Path linkedDir = Files.createSymbolicLink(tmp.resolve("elsewhere"), dir);
        assertEquals(linkedDir + " is not a directory", ControlPath.untrustedDirectory(linkedDir, uid));
    }

    /**
     * Review 13 (pidns-impostor.sh): a socket whose name is a pid this process cannot see may be
     * the live socket of a JVM in another pid namespace; only a socket that refuses connections is
     * removed.
     */
    @Test
    void onlySocketsNobodyListensOnAreRemoved() throws Exception {
        Path dir = privateDirectory();
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        Path stale = socketAt(ControlPath.socket(dir, p.pid(), 99));
        Path staleOld = socketAt(dir.resolve(p.pid() + ".sock"));
        Path other = socketAt(dir.resolve("other.sock"));
        try (ServerSocketChannel live = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                ServerSocketChannel liveOld = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            // Names of processes that are gone here, as a JVM of another pid namespace has.
            Path liveSocket = ControlPath.socket(dir, p.pid(), 100);
            live.bind(UnixDomainSocketAddress.of(liveSocket));
            Path liveOldSocket = dir.resolve((p.pid() + 1_000_000) + ".sock");
            liveOld.bind(UnixDomainSocketAddress.of(liveOldSocket));
            ControlPath.removeStale(dir);
            assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
            assertFalse(Files.exists(staleOld, LinkOption.NOFOLLOW_LINKS));
            assertTrue(Files.exists(liveSocket, LinkOption.NOFOLLOW_LINKS), "it accepts connections");
            assertTrue(Files.exists(liveOldSocket, LinkOption.NOFOLLOW_LINKS), "it accepts connections");
            assertTrue(Files.exists(other, LinkOption.NOFOLLOW_LINKS), "not a name the agent makes");
            assertFalse(ControlPath.dead(liveSocket));
            assertTrue(ControlPath.dead(stale), "gone");
        }
    }

    @Test
    void theStartTimeIsThatOfProcStat() throws Exception {
        long own = ControlPath.ownStartTime();
        assertTrue(own > 0);
        assertEquals(own, ControlPath.startTime(ProcessHandle.current().pid()));
        Process p = new ProcessBuilder("sleep", "5").start();
        try {
            assertTrue(ControlPath.startTime(p.pid()) >= own);
            assertEquals(ControlPath.ownUid(), ControlPath.uidOf(p.pid()));
            long[] pids = ControlPath.namespacePids(p.pid());
            assertEquals(p.pid(), pids[0]);
        } finally {
            p.destroy();
            p.waitFor();
        }
        assertEquals(-1, ControlPath.startTime(Long.MAX_VALUE));
    }

    /**
     * Review 13b F5: who holds the listener is read from /proc, not asked. This JVM's own listener
     * is its own; the same listener checked as another process's (a {@code sleep}, not a JVM) is
     * refused; a path nobody listens on is not the process's.
     */
    @Test
    void aListenerIsTheProcesssWhoseDescriptorsHoldIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Path path = tmp.resolve("l.sock");
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            assertNull(ControlPath.listenerProblem(ProcessHandle.current().pid(), ControlPath.ownStartTime(), path.toString()));
            assertEquals("another process holds a socket bound at " + path,
                    ControlPath.listenerProblem(sleep.pid(), -1, path.toString()).replaceAll(" \\(socket:.*", ""));
            assertEquals("process " + ProcessHandle.current().pid() + " does not listen at " + tmp.resolve("none.sock"),
                    ControlPath.listenerProblem(ProcessHandle.current().pid(), -1, tmp.resolve("none.sock").toString()));
        } finally {
            sleep.destroy();
        }
    }

    /**
     * Review 13c (pid reuse): the listener check looked at the pid only, while the start time was
     * checked on the earlier identify connection; a process that took the pid in between was
     * scanned as the target. The start time identify accepted must still be the pid's.
     */
    @Test
    void aListenerOfAProcessThatIsNotTheOneIdentifiedIsRefused() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Path path = tmp.resolve("l.sock");
        long pid = ProcessHandle.current().pid();
        long started = ControlPath.ownStartTime();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            assertNull(ControlPath.listenerProblem(pid, started, path.toString()));
            assertEquals("process " + pid + " is not the one that answered identify (start time " + (started - 1)
                    + ", now " + started + "): it exited and its pid was reused",
                    ControlPath.listenerProblem(pid, started - 1, path.toString()));
        }
    }

    /**
     * Review 13b F11: a process in a time namespace reads its own start time shifted by its
     * boot-time offset; the CLI's reading, corrected by the offsets, is what it reads.
     */
    @Test
    void aStartTimeIsReadAsAProcessInATimeNamespaceReadsItsOwn() throws Exception {
        Process shifted;
        try {
            shifted = new ProcessBuilder("unshare", "--fork", "--time", "--boottime", "1000", "sh", "-c",
                    "echo $$ $(cut -d' ' -f22 /proc/$$/stat); exec sleep 60").start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no unshare: " + e);
            return;
        }
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(shifted.getInputStream())).readLine();
            org.junit.jupiter.api.Assumptions.assumeTrue(line != null, "cannot make a time namespace here");
            String[] pidAndStart = line.trim().split(" ");
            long pid = Long.parseLong(pidAndStart[0]);
            long itsOwn = Long.parseLong(pidAndStart[1]);
            assertEquals(itsOwn - 100_000, ControlPath.startTime(pid), 1, "read from here, it is 1000 s earlier");
            assertEquals(itsOwn, ControlPath.startTimeInItsTimeNamespace(pid), 1);
        } finally {
            shifted.destroyForcibly();
        }
    }
}
