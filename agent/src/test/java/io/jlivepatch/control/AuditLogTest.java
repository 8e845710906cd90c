package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** One JVM's writer of a shared audit file, for {@link #twoJvmsSharingTheFileRotateItOnceAtEachBound}: FILE MAX LINES TAG. */
    public static final class Writer {
        public static void main(String[] args) {
            AuditLog log = new AuditLog(Path.of(args[0]), Long.parseLong(args[1]));
            String pad = "x".repeat(150);
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                log.append(args[3] + " " + i + " " + pad);
            }
        }
    }

    /**
     * Review 13c F6: two JVMs sharing the file both saw it full and both rotated it, the second
     * moving the other's fresh file over the full generation ({@code .1} fell to a few hundred
     * bytes, a generation of lines lost). Now the file is rotated only under its lock, once: every
     * {@code .1} seen is a full generation, within a line of the bound. Bounded by a number of lines.
     */
    @Test
    void twoJvmsSharingTheFileRotateItOnceAtEachBound() throws Exception {
        Path file = dir.resolve("audit.log");
        Path old = dir.resolve("audit.log.1");
        long max = 4096;
        int longestLine = "B 99999 ".length() + 150 + 1;
        List<Process> writers = new java.util.ArrayList<>();
        for (String tag : List.of("A", "B")) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    Writer.class.getName(), file.toString(), Long.toString(max), "6000", tag)
                    .redirectErrorStream(true).redirectOutput(dir.resolve(tag + ".out").toFile()).start());
        }
        long smallest = Long.MAX_VALUE;
        while (writers.stream().anyMatch(Process::isAlive)) {
            try {
                smallest = Math.min(smallest, Files.size(old));
            } catch (java.nio.file.NoSuchFileException e) {
                // Not rotated yet.
            }
        }
        for (Process w : writers) {
            assertEquals(0, w.waitFor(), Files.readString(dir.resolve((writers.indexOf(w) == 0 ? "A" : "B") + ".out")));
        }
        assertTrue(smallest != Long.MAX_VALUE, "the file was rotated");
        assertTrue(smallest >= max - longestLine, "a rotated generation of " + smallest + " bytes (bound " + max + ")");
    }

    /**
     * Review 13c F7: a client that flips the file between 0644 and 0600 between requests put one
     * line on the host's stderr per request. Now the state is said at most once a minute.
     */
    @Test
    void stateChangesAreSaidAtMostOnceAMinute() throws Exception {
        Path file = Files.writeString(dir.resolve("audit.log"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AuditLog log = new AuditLog(file);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 100; i++) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(i % 2 == 0 ? "rw-r--r--" : "rw-------"));
                log.append("line " + i);
            }
        } finally {
            System.setErr(saved);
        }
        List<String> lines = err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("audit file " + file + " is refused: group or others may use it"), lines.get(0));
    }
    /**
     * Found by review: on a full disk a line was written in part, and the next line glued to the
     * fragment. A write that fails part way is cut off again where the writer holds the file.
     */
    @Test
    void aLineAFullDiskCutShortIsCutOffAgain() throws Exception {
        Path file = dir.resolve("audit.log");
        Files.writeString(file, "first line\n");
        for (boolean owned : new boolean[] {true, false}) {
            try (FileChannel real = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileChannel full = new FullAfter(real, 7);
                IOException e = assertThrows(IOException.class,
                        () -> AuditLog.appendWhole(full, "second line\n".getBytes(StandardCharsets.UTF_8), owned));
                assertEquals("No space left on device", e.getMessage());
            }
            // Not owned: another writer's line may follow, and is not cut; the fragment stays.
            assertEquals(owned ? "first line\n" : "first line\nsecond ", Files.readString(file), "owned: " + owned);
        }
    }

    /** A channel on a disk with {@code room} bytes left: writes past it fail as a full disk's do. */
    private static final class FullAfter extends FileChannel {
        private final FileChannel real;
        private long room;

        FullAfter(FileChannel real, long room) {
            this.real = real;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (room == 0) {
                throw new IOException("No space left on device");
            }
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + (int) Math.min(room, part.remaining()));
            int n = real.write(part);
            src.position(src.position() + n);
            room -= n;
            return n;
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void force(boolean metaData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() {
            // The real channel is the test's to close.
        }
    }
}
