package io.jlivepatch.control;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where a JVM's control socket is, so that the CLI finds it from the pid alone, without
 * attaching: {@code ${java.io.tmpdir}/jlivepatch-<uid>/<pid>.sock}. The directory belongs to one
 * user and only that user may enter it ({@code 0700}); the socket in it is {@code 0600}.
 *
 * <p>The CLI trusts a socket only when both it and its directory belong to the CLI's own user and
 * nobody else may open them ({@link #untrusted}): the directory is in a shared {@code /tmp}, and
 * another user could have made it first, or put a socket of theirs where ours would be, to see
 * the patch jars we send. A socket is stale when its JVM is gone: the agent removes the stale
 * ones it finds at start, the CLI the one it finds for a pid that is not running or not listening.
 *
 * <p>The uid is the owner of {@code /proc/self} (Linux). Where that cannot be read there is no
 * derived path, and the CLI attaches each time, reading the path the agent publishes as the system
 * property {@value ControlSocket#PROPERTY}.
 */
public final class ControlPath {

    private static final String SUFFIX = ".sock";

    private ControlPath() {
    }

    /** This process's uid, or -1 when it cannot be read. */
    public static long ownUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The directory of {@code uid}'s control sockets under {@code tmpdir}. */
    public static Path directory(String tmpdir, long uid) {
        return Path.of(tmpdir).toAbsolutePath().resolve("jlivepatch-" + uid);
    }

    /** The control socket of JVM {@code pid} in {@code directory}. */
    public static Path socket(Path directory, long pid) {
        return directory.resolve(pid + SUFFIX);
    }

    /**
     * Why {@code socket} in {@code directory} must not be trusted by {@code uid}, or {@code null}
     * when it may: the directory may be ({@link #untrustedDirectory}), and the socket is a socket,
     * not a symbolic link, {@code uid}'s, and nobody else may open it.
     */
    public static String untrusted(Path directory, Path socket, long uid) {
        String dir = untrustedDirectory(directory, uid);
        if (dir != null) {
            return dir;
        }
        try {
            PosixFileAttributes file = Files.readAttributes(socket, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!file.isOther()) {
                return socket + " is not a socket";
            }
            return notPrivate(socket, file, uid, "rw-------");
        } catch (IOException | RuntimeException e) {
            return "cannot read the owner and mode of " + socket + ": " + e;
        }
    }

    /**
     * Why {@code directory} must not be trusted by {@code uid}, or {@code null} when it may: a
     * directory, not a symbolic link, {@code uid}'s, and nobody else may enter it.
     */
    public static String untrustedDirectory(Path directory, long uid) {
        try {
            PosixFileAttributes dir = Files.readAttributes(directory, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!dir.isDirectory()) {
                return directory + " is not a directory";
            }
            return notPrivate(directory, dir, uid, "rwx------");
        } catch (IOException | RuntimeException e) {
            return "cannot read the owner and mode of " + directory + ": " + e;
        }
    }

    /** Why {@code file} is not {@code uid}'s alone, or {@code null} when it is. */
    private static String notPrivate(Path file, PosixFileAttributes attributes, long uid, String mode)
            throws IOException {
        long owner = ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        if (owner != uid) {
            return file + " belongs to uid " + owner + ", not to this user (uid " + uid + ")";
        }
        if (openToOthers(attributes.permissions())) {
            return file + " is open to other users (mode " + PosixFilePermissions.toString(attributes.permissions())
                    + ", must be " + mode + ")";
        }
        return null;
    }

    private static boolean openToOthers(Set<PosixFilePermission> permissions) {
        // Compared, not switched on: a switch over an enum makes a class of its own, one more for
        // the CLI to load.
        for (PosixFilePermission p : permissions) {
            if (p != PosixFilePermission.OWNER_READ && p != PosixFilePermission.OWNER_WRITE
                    && p != PosixFilePermission.OWNER_EXECUTE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the sockets in {@code directory} whose JVM is gone. Only names this class makes are
     * touched; a socket that cannot be removed is left.
     */
    public static void removeStale(Path directory) {
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path socket : sockets) {
                long pid = pidOf(socket);
                if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    try {
                        Files.deleteIfExists(socket);
                    } catch (IOException e) {
                        // Another user's file cannot be in our 0700 directory; a race with another
                        // cleaner is harmless.
                    }
                }
            }
        } catch (IOException e) {
            // Nothing to clean.
        }
    }

    /** The pid a socket's name carries, or -1 when the name is not one this class makes. */
    static long pidOf(Path socket) {
        String name = socket.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return -1;
        }
        String digits = name.substring(0, name.length() - SUFFIX.length());
        return digits.matches("[0-9]{1,18}") ? Long.parseLong(digits) : -1;
    }
}
