package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 13 (review/audit-fifo-hang.sh, review/audit-precreated.sh): the audit file is this
 * user's regular file of mode 0600 or it is not written: a FIFO never blocks, a symbolic link is
 * not followed, a file others may read or another uid owns is left alone.
 */
class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void createsItsOwnFileOfMode0600AndAppends() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = new AuditLog(file);
        log.append("one");
        log.append("two");
        assertEquals(List.of("one", "two"), Files.readAllLines(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    // A separate thread: a blocked open() of a FIFO does not answer an interrupt.
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("audit.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        new AuditLog(fifo).append("line");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymbolicLinkIsNotFollowed() throws Exception {
        Path target = Files.writeString(dir.resolve("victim"), "kept\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("audit.log"), target);
        new AuditLog(link).append("line");
        assertEquals("kept\n", Files.readString(target));
    }

    @Test
    void aFileOthersMayUseIsNotWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("audit.log"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new AuditLog(file).append("line");
        assertEquals("", Files.readString(file));
    }

    @Test
    void anotherUsersFileIsNotWritten() throws Exception {
        assumeTrue(ControlPath.ownUid() == 0, "only root can make a file of another uid here");
        Path file = Files.writeString(dir.resolve("audit.log"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setAttribute(file, "unix:uid", 4242);
        new AuditLog(file).append("line");
        assertEquals("", Files.readString(file));
    }

    /**
     * Review 13b F12: one bad state no longer disables the file for the process's lifetime; a
     * file put right is written again, and what was refused meanwhile is not.
     */
    @Test
    void aFileRefusedThenPutRightIsWrittenAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("audit.log"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        AuditLog log = new AuditLog(file);
        log.append("refused");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        log.append("written");
        assertEquals(List.of("written"), Files.readAllLines(file));
    }

    /** Review 13b F12: a hard link could name any file of this user's; lines are not appended to it. */
    @Test
    void aFileWithAnotherLinkIsNotWritten() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim"), "kept\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createLink(dir.resolve("audit.log"), victim);
        new AuditLog(link).append("line");
        assertEquals("kept\n", Files.readString(victim));
    }

    /** Review 13b F12: the file is bounded; a full one moves to {@code <file>.1} and a new one starts. */
    @Test
    void aFullFileMovesToDotOneAndANewOneStarts() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = new AuditLog(file, 4096);
        String line = "x".repeat(999);
        for (int i = 0; i < 5; i++) {
            log.append(line + i);
        }
        assertEquals(List.of(line + 0, line + 1, line + 2, line + 3), Files.readAllLines(dir.resolve("audit.log.1")));
        assertEquals(List.of(line + 4), Files.readAllLines(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
