package io.jlivepatch.control;

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
        assertEquals(tmp.resolve("jlivepatch-" + uid).resolve("42.sock"),
                ControlPath.socket(ControlPath.directory(tmp.toString(), uid), 42));
        assertEquals(42, ControlPath.pidOf(Path.of("/x/42.sock")));
        assertEquals(-1, ControlPath.pidOf(Path.of("/x/control.sock")));
        assertEquals(-1, ControlPath.pidOf(Path.of("/x/42.sock.old")));
    }

    @Test
    void aPrivateSocketInAPrivateDirectoryIsTrusted() throws Exception {
        Path dir = privateDirectory();
        Path socket = socketAt(ControlPath.socket(dir, 42));
        assertNull(ControlPath.untrusted(dir, socket, uid));
    }

    @Test
    void anythingOthersCouldOpenOrThatIsNotOursIsNot() throws Exception {
        Path dir = privateDirectory();
        Path socket = socketAt(ControlPath.socket(dir, 42));
        assertEquals(dir + " belongs to uid " + uid + ", not to this user (uid " + (uid + 1) + ")",
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
        Path file = Files.createFile(ControlPath.socket(dir, 42),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        assertEquals(file + " is not a socket", ControlPath.untrusted(dir, file, uid));
        Path socket = socketAt(dir.resolve("real.sock"));
        Path link = Files.createSymbolicLink(ControlPath.socket(dir, 43), socket);
        assertEquals(link + " is not a socket", ControlPath.untrusted(dir, link, uid));
        Path linkedDir = Files.createSymbolicLink(tmp.resolve("elsewhere"), dir);
        assertEquals(linkedDir + " is not a directory", ControlPath.untrustedDirectory(linkedDir, uid));
    }

    @Test
    void onlySocketsOfProcessesThatAreGoneAreRemoved() throws Exception {
        Path dir = privateDirectory();
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        Path stale = socketAt(ControlPath.socket(dir, p.pid()));
        Path live = socketAt(ControlPath.socket(dir, ProcessHandle.current().pid()));
        Path other = socketAt(dir.resolve("other.sock"));
        ControlPath.removeStale(dir);
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(live, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(other, LinkOption.NOFOLLOW_LINKS), "not a name the agent makes");
    }
}
