package io.jlivepatch.control;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Locale;

/**
 * Who asked for an operation, as the audit records it.
 *
 * <p>On the control socket the user comes from {@code SO_PEERCRED}: the kernel's record of the
 * connecting process's credentials, which the client cannot forge. The pid does not: the JDK
 * hands out only the user and group of {@code SO_PEERCRED}, and reading the pid would take
 * native code, which makes JDK 24+ warn in the host's stderr. So the pid is the one the client
 * claims in its request, never verified: at best {@link PidCheck#UID_MATCHED uid-matched}, that
 * is {@code /proc/<pid>} exists and belongs to the kernel-verified user, and a client can still
 * name another process of that user. Finding the peer through its socket's inode is no way out:
 * {@code /proc/net/unix} lists each socket's inode but not its peer's.
 *
 * @param via how the request came: {@code socket} (the CLI), {@code jmx}, or {@code argument}
 *     (an agent argument at start-up)
 * @param user the peer's user name (kernel-verified), or {@code null} when unknown
 * @param uid the peer's numeric uid, or -1 when unknown
 * @param pid the pid the client claims, or -1 when it claimed none
 * @param pidCheck what became of that claim
 */
public record Peer(String via, String user, long uid, long pid, PidCheck pidCheck) {

    /** What the agent could make of the pid a client claims. */
    public enum PidCheck {
        /**
         * {@code /proc/<pid>} exists and belongs to the peer's user: the pid may still be any
         * process of that user, not the one that asked.
         */
        UID_MATCHED,
        /** It could not be checked (no {@code /proc}, no peer user), or it failed: recorded as claimed. */
        CLAIMED,
        /** No pid was claimed, or the request did not come through the socket. */
        NONE;

        /** As the audit writes it: {@code uid-matched}, {@code claimed}, {@code none}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A JMX client: the MBean server does not tell who it is. */
    static Peer jmx() {
        return new Peer("jmx", null, -1, -1, PidCheck.NONE);
    }

    /** The agent's own arguments, at start-up: the host's own command line. */
    public static Peer agentArgument() {
        return new Peer("argument", null, -1, ControlPath.ownPid(), PidCheck.NONE);
    }

    /** The peer of a connected Unix-domain socket, with the pid it claims (-1: none). */
    static Peer of(SocketChannel client, long claimedPid) {
        UserPrincipal user = PeerCredentials.user(client);
        Path proc = claimedPid > 0 ? Path.of("/proc", Long.toString(claimedPid)) : null;
        PidCheck check = PidCheck.NONE;
        if (proc != null) {
            check = user != null && ownedBy(proc, user) ? PidCheck.UID_MATCHED : PidCheck.CLAIMED;
        }
        long uid = user == null ? -1 : uidOf(user, check == PidCheck.UID_MATCHED ? proc : null);
        return new Peer("socket", user == null ? null : user.getName(), uid, claimedPid > 0 ? claimedPid : -1, check);
    }

    private static boolean ownedBy(Path proc, UserPrincipal user) {
        try {
            return user.equals(Files.getOwner(proc, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * The numeric uid of {@code user}: the JDK names it but does not number it. A directory that
     * user owns numbers it: the peer's verified {@code /proc/<pid>} ({@code owned}, or null), else
     * this JVM's own, when the peer is this JVM's user (the usual peer: the socket's directory is
     * this user's alone). A user without a name is named by its number.
     */
    private static long uidOf(UserPrincipal user, Path owned) {
        if (user.getName().matches("[0-9]{1,10}")) {
            return Long.parseLong(user.getName());
        }
        for (Path dir : owned == null ? List.of(Path.of("/proc/self/")) : List.of(owned, Path.of("/proc/self/"))) {
            try {
                if (user.equals(Files.getOwner(dir))) {
                    return ((Number) Files.getAttribute(dir, "unix:uid")).longValue();
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
                // Try the next, or unknown, and recorded so.
            }
        }
        return -1;
    }
}
