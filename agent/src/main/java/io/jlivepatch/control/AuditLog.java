package io.jlivepatch.control;

import io.jlivepatch.log.Log;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * The audit file named by the agent argument {@code audit=PATH}: one line per operation, appended,
 * never truncated, the file created with mode 0600. It is opened for each line, so that a log
 * rotation that moves it away is followed. A write that fails is warned about once and loses its
 * line (the JFR event still records it); it never fails the operation.
 */
final class AuditLog {

    private static final Logger LOG = Log.get(AuditLog.class);

    private final Path file;
    private final AtomicBoolean warned = new AtomicBoolean();

    AuditLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Appends {@code line} and a line break; lines of concurrent operations never interleave. */
    synchronized void append(String line) {
        try (FileChannel out = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
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
}
