package io.jlivepatch.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
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
 * attaching: {@code ${java.io.tmpdir}/jlivepatch-<uid>/<pid>-<starttime>.sock}, the start time
 * that of {@code /proc/<pid>/stat} ({@link #startTime}). The pid alone would not do: JVMs in
 * other pid namespaces (containers) sharing {@code /tmp} have the same pids. The directory belongs
 * to one user and only that user may enter it ({@code 0700}); the socket in it is {@code 0600}.
 *
 * <p>The CLI trusts a socket only when both it and its directory belong to the expected user and
 * nobody else may open them ({@link #untrusted}): the directory is in a shared {@code /tmp}, and
 * another user could have made it first, or put a socket of theirs where ours would be, to see
 * the patch jars we send. A socket is stale when nobody listens on it ({@link #dead}); nothing
 * here removes a socket that accepts a connection, since its JVM may be one this process cannot
 * see. The agent removes the stale ones it finds at start.
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

    /**
     * The control socket of JVM {@code pid}, started at {@code startTime} ({@link #startTime}), in
     * {@code directory}. The start time makes the name one process's: JVMs in other pid namespaces
     * that share this directory have the same pids, never the same pid and start time.
     */
    public static Path socket(Path directory, long pid, long startTime) {
        return directory.resolve(pid + "-" + startTime + SUFFIX);
    }

    /**
     * When process {@code pid} started, in clock ticks since boot (field 22 of {@code
     * /proc/<pid>/stat}): the same number in every pid namespace, and a pid used again by another
     * process has another. -1 when it cannot be read (no such process, no {@code /proc}).
     */
    public static long startTime(long pid) {
        return startTime(Path.of("/proc/" + pid + "/stat"));
    }

    /** This process's start time ({@link #startTime(long)}), or -1. */
    public static long ownStartTime() {
        return startTime(Path.of("/proc/self/stat"));
    }

    private static long startTime(Path stat) {
        try {
            String line = Files.readString(stat);
            // Field 2, the command, is in parentheses and may hold spaces and parentheses itself.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            // fields[0] is field 3 (the state), so field 22 is fields[19].
            return Long.parseLong(fields[19]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The owner of process {@code pid} (of {@code /proc/<pid>}), or -1 when it cannot be read. */
    public static long uidOf(long pid) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/" + pid), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The pids process {@code pid} has in its pid namespace and in each one above it, up to
     * ours ({@code NSpid} of {@code /proc/<pid>/status}); just {@code pid} where the kernel does
     * not say.
     */
    public static long[] namespacePids(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("NSpid:")) {
                    String[] ids = line.substring("NSpid:".length()).trim().split("\\s+");
                    long[] pids = new long[ids.length];
                    for (int i = 0; i < ids.length; i++) {
                        pids[i] = Long.parseLong(ids[i]);
                    }
                    return pids;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only the pid we know.
        }
        return new long[] {pid};
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
            return file + " belongs to uid " + owner + ", not to uid " + uid;
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
     * Whether nobody listens on {@code socket}: connecting is refused, or the file is gone. A socket
     * that accepts is live, whatever its name says: its JVM may be in a pid namespace this process
     * cannot see. Connecting to a live agent costs it one connection that sends nothing.
     */
    public static boolean dead(Path socket) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return !Files.exists(socket, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Removes the sockets in {@code directory} that nobody listens on ({@link #dead}); one whose
     * name is a process of this pid namespace that still runs is not even tried. Only names this
     * class makes are touched; a socket that cannot be removed is left.
     */
    public static void removeStale(Path directory) {
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path socket : sockets) {
                long[] id = idOf(socket);
                if (id == null || (id[1] >= 0 && startTime(id[0]) == id[1])) {
                    continue;
                }
                if (dead(socket)) {
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

    /**
     * The pid and start time a socket's name carries, the start time -1 in a name of an older
     * agent ({@code <pid>.sock}); {@code null} when the name is not one this class makes.
     */
    static long[] idOf(Path socket) {
        String name = socket.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (id.matches("[0-9]{1,18}")) {
            return new long[] {Long.parseLong(id), -1};
        }
        if (id.matches("[0-9]{1,18}-[0-9]{1,18}")) {
            int dash = id.indexOf('-');
            return new long[] {Long.parseLong(id.substring(0, dash)), Long.parseLong(id.substring(dash + 1))};
        }
        return null;
    }
}
