package io.jlivepatch.control;

import io.jlivepatch.log.Log;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * The audit file named by the agent argument {@code audit=PATH}: one line per operation, appended,
 * never truncated, the file created with mode 0600. It is opened for each line, so that a log
 * rotation that moves it away is followed. A write that fails is warned about once and loses its
 * line (the JFR event still records it); it never fails the operation.
 *
 * <p>The file must be this user's alone: a regular file (not a symbolic link, which is never
 * followed, nor a FIFO, whose open would block the operation, and at start the application, until
 * a reader comes), owned by this process's uid, with no permission for group or others. Anything
 * else is refused with one warning and the file is no longer written (the JFR events go on):
 * another user's file could be read or forged, and following a link appends to whatever it names.
 * <em>Limit:</em> the check precedes the open; in a directory others may write, a FIFO put in
 * place between the two still blocks the open. Keep the audit file in a directory of the agent's
 * user.
 */
final class AuditLog {

    private static final Logger LOG = Log.get(AuditLog.class);

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Path file;
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Set once the file was refused: no line is written to it again. */
    private volatile boolean refused;

    AuditLog(Path file) {
        this.file = file;
        refusal();
    }

    Path file() {
        return file;
    }

    /** Appends {@code line} and a line break; lines of concurrent operations never interleave. */
    synchronized void append(String line) {
        if (refusal()) {
            return;
        }
        try (FileChannel out = open()) {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("cannot write the audit file {}: {}; operations go on, and later failures are not reported",
                        file, e.toString());
            }
        }
    }

    /** A new file is made 0600 and never over an existing path; an existing one is opened without following a link. */
    private FileChannel open() throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                if (refusal()) {
                    throw new IOException("refused", e);
                }
            }
        }
        return FileChannel.open(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether the file is refused, now or before; says why once. */
    private boolean refusal() {
        if (refused) {
            return true;
        }
        String why = untrusted();
        if (why == null) {
            return false;
        }
        refused = true;
        LOG.warn("audit file {} is refused: {}; operations are not written to it (the JFR events still record them)",
                file, why);
        return true;
    }

    /** Why the existing file must not be written, or {@code null}: it is absent, or this user's regular file, 0600 or less. */
    private String untrusted() {
        PosixFileAttributes attributes;
        long uid;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            uid = ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // Not a POSIX file system: nothing to check by, the write says what is wrong.
            return null;
        }
        if (attributes.isSymbolicLink()) {
            return "it is a symbolic link, which is not followed";
        }
        if (!attributes.isRegularFile()) {
            return "it is not a regular file (a FIFO or a device would block or misdirect the writes)";
        }
        long own = ControlPath.ownUid();
        if (own >= 0 && uid != own) {
            return "it belongs to uid " + uid + ", not to this process's uid " + own;
        }
        if (!OWNER_ONLY.containsAll(attributes.permissions())) {
            return "group or others may use it (mode " + PosixFilePermissions.toString(attributes.permissions())
                    + "; make it 0600)";
        }
        return null;
    }
}
