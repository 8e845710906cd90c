package io.jlivepatch.control;

import io.jlivepatch.log.Log;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The audit file named by the agent argument {@code audit=PATH}: one line per operation, appended,
 * the file created with mode 0600. It is opened for each line, so that a log rotation that moves
 * it away is followed. A line that cannot be written is lost from the file (the JFR event still
 * records it); it never fails the operation.
 *
 * <p>The file must be this user's alone: a regular file (not a symbolic link, which is never
 * followed, nor a FIFO or a device), with one link (a hard link could name any file of this
 * user's), owned by this process's uid, with no permission for group or others. It is opened for
 * reading and writing, which does not wait for a FIFO's reader, and written only if what was
 * opened is what was checked (the same {@code fileKey}, a regular file, before and after the
 * open). A file in a bad state is not written while it stays so; every later line checks again,
 * so that a file put right is written again. Each change of state is said once (a warning when it
 * goes bad, a line when it is written again), never once per line, and at most one such line a
 * minute: the changes in between are counted in the next.
 *
 * <p>It is bounded ({@code audit-max-bytes}, 64 MB by default): a line that would take the file
 * past the bound first moves it to {@code <file>.1} (replacing the one before) and starts a new
 * one, and says so once. The size is checked and the file moved only under its lock, on the file
 * the path names then, so two JVMs that share the file rotate it once (review 13c F6); a line
 * written without the lock never rotates it, and may take the file a line past the bound. So a flood of refused requests by a same-uid client costs at most twice
 * the bound on disk, and can push older lines out of the files (not out of the JFR recording).
 *
 * <p>Writers of the same file in several JVMs append under an advisory lock of the file (tried
 * for a short while; a line is written without it rather than wait). The write is synchronous,
 * on the operation's thread, and lines are serialised on this object: a file system that stalls
 * (a hung NFS mount) delays the operations by as much. Keep the audit file on a local disk.
 */
final class AuditLog {

    private static final Logger LOG = Log.get(AuditLog.class);

    /** The default bound of the file's size: {@code audit-max-bytes}. */
    static final long DEFAULT_MAX_BYTES = 64L << 20;

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** How often a line follows a rotation by another JVM's writer to the new file. */
    private static final int MAX_REOPENS = 3;

    /** How often, 1 ms apart, a line tries the file's lock before it is written without it. */
    private static final int LOCK_TRIES = 50;

    private final Path file;
    private final long maxBytes;
    /** Why the file is not written now, or {@code null}: what was said last; under this object's monitor. */
    private String state;
    /** The least time between two lines that say the file's state ({@link #stateIs}). */
    static final long STATE_LINE_INTERVAL_NANOS = 60_000_000_000L;

    private static final long NEVER_SAID = Long.MIN_VALUE;

    /** When the file's state was said last, or {@link #NEVER_SAID}; under this object's monitor. */
    private long stateSaidAt = NEVER_SAID;

    /** The changes of state not said since then; under this object's monitor. */
    private int unsaidChanges;

    /** Whether the rotation was said: once for the process's lifetime. */
    private boolean rotationSaid;

    AuditLog(Path file) {
        this(file, DEFAULT_MAX_BYTES);
    }

    AuditLog(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        synchronized (this) {
            PosixFileAttributes attributes = attributes();
            String why = attributes == null ? null : untrusted(attributes);
            if (why != null) {
                stateIs("audit file " + file + " is refused: " + why);
            }
        }
    }

    Path file() {
        return file;
    }

    /** Appends {@code line} and a line break; lines of concurrent operations never interleave. */
    synchronized void append(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            String refused = write(bytes, 0);
            stateIs(refused == null ? null : "audit file " + file + " is refused: " + refused);
        } catch (IOException | RuntimeException e) {
            stateIs("cannot write the audit file " + file + ": " + e);
        }
    }

    /**
     * Writes {@code bytes} at the end of the file, made or rotated if need be; why it would not, or
     * {@code null}. The size is checked and the file rotated only under its lock, once the path is
     * known to name the file locked; a line that finds the file rotated by another writer opens
     * the new one, at most {@value #MAX_REOPENS} times ({@code reopens} so far).
     */
    private String write(byte[] bytes, int reopens) throws IOException {
        PosixFileAttributes before = attributes();
        if (before == null) {
            try (FileChannel out = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.APPEND), PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")))) {
                appendWhole(out, bytes, true);
                return null;
            } catch (FileAlreadyExistsException e) {
                before = attributes();
                if (before == null) {
                    throw e;
                }
            }
        }
        String why = untrusted(before);
        if (why != null) {
            return why;
        }
        // READ with WRITE: opening a FIFO so does not wait for a reader (a FIFO swapped in after
        // the check above); APPEND cannot go with READ, so the end is found under the lock.
        boolean rotated = false;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributes after = attributes();
            if (after == null || !Objects.equals(before.fileKey(), after.fileKey()) || !after.isRegularFile()) {
                return "it was replaced while it was opened";
            }
            FileLock lock = lock(out);
            try {
                if (lock != null) {
                    // Another JVM's writer may have rotated the file while this one waited for the
                    // lock: what the path names now is where the line goes (review 13c F6).
                    PosixFileAttributes locked = attributes();
                    if (locked == null || !Objects.equals(before.fileKey(), locked.fileKey())) {
                        rotated = true;
                    } else if (out.size() + bytes.length > maxBytes && out.size() > 0) {
                        // Only under the lock, on the file the path names: two writers that both
                        // saw it full rotated it twice, the second moving the other's fresh file
                        // over the full generation.
                        rotate();
                        rotated = true;
                    }
                }
                // Without the lock (another writer kept it), the line is written, never rotated.
                if (!rotated) {
                    appendWhole(out, bytes, lock != null);
                }
            } finally {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            }
        }
        if (rotated) {
            if (reopens == MAX_REOPENS) {
                return "other writers rotated it " + MAX_REOPENS + " times while a line waited for it";
            }
            return write(bytes, reopens + 1);
        }
        return null;
    }

    /**
     * Writes {@code bytes} at the end of the file. A write that fails part way (a full disk) is
     * cut off again when this writer holds the file ({@code owned}: its lock, or a file it has just
     * made), so that the next line starts a line of its own: the lost line is said on stderr and
     * kept by the JFR event, where a fragment glued to the next line would corrupt that one too
     * (found by review). Without the lock another writer's line may follow, and is not cut.
     */
    static void appendWhole(FileChannel out, byte[] bytes, boolean owned) throws IOException {
        long end = out.size();
        out.position(end);
        try {
            writeAll(out, bytes);
        } catch (IOException e) {
            if (owned) {
                try {
                    out.truncate(end);
                } catch (IOException | RuntimeException u) {
                    e.addSuppressed(u);
                }
            }
            throw e;
        }
    }

    private static void writeAll(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** The file's advisory lock, tried for a few milliseconds; {@code null} when another writer keeps it. */
    private static FileLock lock(FileChannel out) throws IOException {
        for (int i = 0; i < LOCK_TRIES; i++) {
            FileLock lock = out.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Moves the full file to {@code <file>.1}; a rename, which never follows a link at either name. */
    private void rotate() throws IOException {
        Path old = file.resolveSibling(file.getFileName() + ".1");
        Files.move(file, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (!rotationSaid) {
            rotationSaid = true;
            LOG.info("audit file {} reached {} bytes (audit-max-bytes): moved to {}, a new one started"
                    + " (later rotations are not reported)", file, maxBytes, old);
        }
    }

    /**
     * Records the file's state, and says it when it changed: {@code null} is "written". At most one
     * such line in {@link #STATE_LINE_INTERVAL_NANOS}: a same-uid client that flips the file's mode
     * between requests must not write a line on the host's stderr per request (review 13c F7). The
     * changes in between are counted, and the state they ended in is said, with their number, by
     * the first line written once the interval has passed.
     */
    private void stateIs(String now) {
        boolean changed = !Objects.equals(now, state);
        state = now;
        if (!changed && unsaidChanges == 0) {
            return;
        }
        long t = System.nanoTime();
        if (stateSaidAt != NEVER_SAID && t - stateSaidAt < STATE_LINE_INTERVAL_NANOS) {
            if (changed) {
                unsaidChanges++;
            }
            return;
        }
        String unsaid = unsaidChanges == 0 ? "" : " (after " + unsaidChanges + " changes of its state not reported,"
                + " at most one line a minute)";
        stateSaidAt = t;
        unsaidChanges = 0;
        if (now != null) {
            LOG.warn("{}; operations are not written to it while this lasts (the JFR events still record them){}", now,
                    unsaid);
        } else {
            LOG.info("audit file {} is written again{}", file, unsaid);
        }
    }

    /** The file's attributes, its link not followed; {@code null} when it is absent. */
    private PosixFileAttributes attributes() {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // Not a POSIX file system: nothing to check by, the write says what is wrong.
            return null;
        }
    }

    /** Why the existing file must not be written, or {@code null}: this user's regular file, one link, 0600 or less. */
    private String untrusted(PosixFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "it is a symbolic link, which is not followed";
        }
        if (!attributes.isRegularFile()) {
            return "it is not a regular file (a FIFO or a device would block or misdirect the writes)";
        }
        long uid;
        long links;
        try {
            uid = ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
            links = ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        long own = ControlPath.ownUid();
        if (own >= 0 && uid != own) {
            return "it belongs to uid " + uid + ", not to this process's uid " + own;
        }
        if (links > 1) {
            return "it has " + links + " links (a hard link may name another file of this user's)";
        }
        if (!OWNER_ONLY.containsAll(attributes.permissions())) {
            return "group or others may use it (mode " + PosixFilePermissions.toString(attributes.permissions())
                    + "; make it 0600)";
        }
        return null;
    }
}
