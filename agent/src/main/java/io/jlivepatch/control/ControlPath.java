package io.jlivepatch.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * This process's pid, {@code getpid()}: the last of the {@code NSpid} line of
     * {@code /proc/self/status} (the pid in the process's own namespace, whatever namespace
     * {@code /proc} was mounted in: found by review), else from {@link ProcessHandle}. Read from
     * {@code /proc} where it can be (found by review): {@code ProcessHandle}'s class initialiser
     * makes the JDK's process reaper pool, and on JDK 21+ a thread pool initialises the JDK's
     * thread containers, which read {@code jdk.trackAllThreads} then, before the application's
     * {@code main} could set it.
     */
    public static long ownPid() {
        long[] pids = nsPids(Path.of("/proc/self/status"));
        return pids != null && pids.length > 0 ? pids[pids.length - 1] : ProcessHandle.current().pid();
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
        long[] pids = nsPids(Path.of("/proc/" + pid + "/status"));
        return pids != null ? pids : new long[] {pid};
    }

    /** The {@code NSpid} line of {@code status}, or {@code null} where the kernel does not say. */
    private static long[] nsPids(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("NSpid:")) {
                    // Tab-separated; split by hand, not by a regular expression (see ControlProtocol#number).
                    List<Long> ids = new ArrayList<>();
                    for (String id : line.substring("NSpid:".length()).replace('\t', ' ').split(" ")) {
                        if (!id.isEmpty()) {
                            ids.add(Long.parseLong(id));
                        }
                    }
                    long[] pids = new long[ids.size()];
                    for (int i = 0; i < pids.length; i++) {
                        pids[i] = ids.get(i);
                    }
                    return pids;
                }
            }
        } catch (IOException | RuntimeException e) {
            // As if the kernel did not say.
        }
        return null;
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

    /** The start of {@link #listenerProblem}'s answer when it cannot tell. */
    public static final String CANNOT_TELL = "cannot tell which process listens there: ";

    /** How long {@link #listenerProblem} lets the target accept the connections queued at its socket. */
    private static final long ACCEPT_WAIT_NANOS = 2_000_000_000L;

    /**
     * Why the socket bound at {@code name} (the path as process {@code pid} bound it) is not
     * process {@code pid}'s listener, or {@code null} when it is (review 13b F5): every socket of
     * the target's network namespace ({@code /proc/<pid>/net/unix}) bound at that name, listening
     * or accepted, is among the target's descriptors ({@code /proc/<pid>/fd/*} naming {@code
     * socket:[inode]}), and one of them listens. A connection not yet accepted is a socket of that
     * name held by nobody: the target gets a short while to accept it. An answer that starts with
     * {@link #CANNOT_TELL} means those files could not be read (no {@code /proc}, another user's
     * process). Process {@code pid} must have the start time {@code startTime} (as this process
     * reads {@code /proc/<pid>/stat}), the one its {@code identify} was checked against, before
     * and after the scan: otherwise it exited between the two connections and another process
     * took its pid. {@code startTime} -1 skips that check.
     *
     * <p><em>What this does not prove</em> (review 13c F1). The table names the address a socket
     * was <em>bound with</em>, not the file that reaches it now. So it proves that nobody else
     * bound a socket under that name and that the target holds one that listens; it does not prove
     * that the connection the caller holds reaches the target's socket. A process of the same uid
     * that can write the socket's directory can bind elsewhere (another name, or the same name
     * relative to another working directory, which the table prints as given) and {@code
     * rename(2)} its socket over the path, or keep a hard link to the target's socket and relay
     * to it: the check passes and that process gets the requests, jar paths included. Only the
     * kernel's peer of the connection ({@code SO_PEERCRED}, {@code sock_diag}) would tie it to a
     * process, and Java offers neither. The socket directory must therefore stay private to the
     * target JVM's mount namespace and uid: in particular not shared with a sidecar container of
     * the same uid (an {@code emptyDir} on {@code /tmp}). Sockets of another network namespace
     * are not listed at all, the same limit.
     */
    public static String listenerProblem(long pid, long startTime, String name) {
        String problem = startTime < 0 ? null : otherStartTime(pid, startTime);
        if (problem != null) {
            return problem;
        }
        problem = listenerProblem(pid, name);
        if (problem == null && startTime >= 0) {
            problem = otherStartTime(pid, startTime);
        }
        return problem;
    }

    /** Why process {@code pid} is not the one that started at {@code startTime}, or {@code null}. */
    private static String otherStartTime(long pid, long startTime) {
        long now = startTime(pid);
        return now == startTime ? null : "process " + pid + " is not the one that answered identify (start time "
                + startTime + ", now " + (now < 0 ? "gone" : Long.toString(now)) + "): it exited and its pid was reused";
    }

    private static String listenerProblem(long pid, String name) {
        String bound = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        long deadline = System.nanoTime() + ACCEPT_WAIT_NANOS;
        long pause = 1;
        while (true) {
            Set<Long> named = new HashSet<>();
            Set<Long> listening = new HashSet<>();
            Set<Long> held = new HashSet<>();
            String unreadable = boundSockets(pid, bound, named, listening);
            if (unreadable == null) {
                unreadable = socketsHeld(pid, named, held);
            }
            if (unreadable != null) {
                return CANNOT_TELL + unreadable;
            }
            boolean listens = false;
            for (Long inode : listening) {
                listens |= held.contains(inode);
            }
            named.removeAll(held);
            if (named.isEmpty()) {
                return listens ? null : "process " + pid + " does not listen at " + name;
            }
            listening.removeAll(held);
            if (!listening.isEmpty() || System.nanoTime() - deadline > 0) {
                return "another process holds a socket bound at " + name + " (socket:[" + named.iterator().next() + "])";
            }
            try {
                // From 1 ms, doubling to 20: the agent accepts within a millisecond when it has a
                // core, and each look reads the two tables again.
                Thread.sleep(pause);
                pause = Math.min(2 * pause, 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CANNOT_TELL + "interrupted";
            }
        }
    }

    /**
     * Fills {@code named} with the inodes of the sockets bound at {@code bound} (ISO-8859-1 of
     * its bytes, as the kernel prints them) in process {@code pid}'s network namespace, and
     * {@code listening} with those that listen; why it could not, or {@code null}.
     */
    private static String boundSockets(long pid, String bound, Set<Long> named, Set<Long> listening) {
        String table;
        try {
            table = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/net/unix")), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "cannot read /proc/" + pid + "/net/unix (" + e + ")";
        }
        // "Num RefCount Protocol Flags Type St Inode Path": the path is the rest after one space.
        int at = table.indexOf('\n') + 1;
        while (at > 0 && at < table.length()) {
            int end = table.indexOf('\n', at);
            if (end < 0) {
                end = table.length();
            }
            int field = 0;
            int i = at;
            int flags = -1;
            int inodeStart = -1;
            while (field < 7 && i < end) {
                while (i < end && table.charAt(i) == ' ') {
                    i++;
                }
                int start = i;
                while (i < end && table.charAt(i) != ' ') {
                    i++;
                }
                if (field == 3) {
                    flags = start;
                } else if (field == 6) {
                    inodeStart = start;
                }
                field++;
            }
            if (field == 7 && i + 1 < end && table.regionMatches(i + 1, bound, 0, bound.length())
                    && i + 1 + bound.length() == end) {
                try {
                    long inode = Long.parseLong(table.substring(inodeStart, i));
                    named.add(inode);
                    // __SO_ACCEPTCON: the socket listens.
                    if ((Integer.parseInt(table.substring(flags, flags + 8), 16) & 0x10000) != 0) {
                        listening.add(inode);
                    }
                } catch (RuntimeException e) {
                    return "cannot read /proc/" + pid + "/net/unix (" + e + ")";
                }
            }
            at = end + 1;
        }
        return null;
    }

    /** Adds to {@code held} those of {@code wanted} that are descriptors of process {@code pid}; why it could not, or {@code null}. */
    private static String socketsHeld(long pid, Set<Long> wanted, Set<Long> held) {
        if (wanted.isEmpty()) {
            return null;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds) {
                String link;
                try {
                    link = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    continue;
                }
                if (link.startsWith("socket:[") && link.endsWith("]")) {
                    try {
                        Long inode = Long.parseLong(link.substring("socket:[".length(), link.length() - 1));
                        if (wanted.contains(inode) && held.add(inode) && held.size() == wanted.size()) {
                            return null;
                        }
                    } catch (NumberFormatException e) {
                        // Not a socket's link after all.
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "cannot read /proc/" + pid + "/fd (" + e + ")";
        }
        return null;
    }

    /**
     * Whether process {@code pid} is in another mount namespace than this process ({@code
     * /proc/<pid>/ns/mnt}); false when either cannot be read.
     */
    public static boolean otherMountNamespace(long pid) {
        try {
            return !Files.readSymbolicLink(Path.of("/proc/self/ns/mnt"))
                    .equals(Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/mnt")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Process {@code pid}'s start time as it reads it itself, when it is in another time
     * namespace (review 13b F11): {@code /proc/<pid>/stat} is shifted by the reader's boot-time
     * offset, so the difference of the two {@code boottime} lines of {@code timens_offsets} is
     * added, at the usual 100 ticks a second ({@code USER_HZ}); -1 when it cannot be read.
     * Rounding can leave it one tick off.
     */
    public static long startTimeInItsTimeNamespace(long pid) {
        long start = startTime(pid);
        if (start < 0) {
            return -1;
        }
        long theirs = boottimeOffsetNanos(Path.of("/proc/" + pid + "/timens_offsets"));
        long ours = boottimeOffsetNanos(Path.of("/proc/self/timens_offsets"));
        return start + (theirs - ours) / 10_000_000L;
    }

    /** The {@code boottime} line of a {@code timens_offsets} file in nanoseconds; 0 when there is none. */
    private static long boottimeOffsetNanos(Path offsets) {
        try {
            for (String line : Files.readAllLines(offsets)) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3 && (f[0].equals("boottime") || f[0].equals("7"))) {
                    return Long.parseLong(f[1]) * 1_000_000_000L + Long.parseLong(f[2]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // No time namespaces here, or not readable: no offset known.
        }
        return 0;
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
