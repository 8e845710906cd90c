package io.jlivepatch.cli;

import io.jlivepatch.control.ControlPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Whether this JDK's Attach API can reach a JVM in another mount namespace of our pid namespace
 * (systemd {@code PrivateTmp=yes}, a container that shares the host's pids), asked before any
 * attach (review 13c F8).
 *
 * <p>The attach finds the target's {@code .java_pid<ns_pid>} socket in a {@code /tmp}, and until
 * it appears sends the target SIGQUIT again and again; once the target's attach listener runs,
 * each SIGQUIT prints a full thread dump on the target's standard output. Since JDK-8226919
 * (JDK 14, in 11u and 17u), the attach looks in {@code /proc/<pid>/root/tmp} only when the
 * target's pid differs from its pid in its own namespace, otherwise in the caller's {@code /tmp}:
 * a target in another mount namespace of the same pid namespace is never found, and each attempt
 * puts thread dumps in the host's output. JDK-8327114 (JDK 23; the JDK 25 here) looks in
 * {@code /proc/<pid>/root/tmp} whenever it can write there. Which of the two this JDK has is
 * read from its own class file, not from its version number, since updates backport fixes: the
 * gated code refuses with "Unable to access root directory", a string the later code dropped.
 */
final class AttachReach {

    /** The attach class of Linux JDKs, and the message only the gated lookup (JDK-8226919) has. */
    private static final String ATTACH_CLASS = "sun/tools/attach/VirtualMachineImpl.class";
    private static final String GATED_LOOKUP = "Unable to access root directory";

    private AttachReach() {
    }

    /**
     * Why attaching to JVM {@code pid} cannot work and would make it print thread dumps, or
     * {@code null} when it can (or this cannot be told: then the attach is tried, as before).
     */
    static String problem(long pid) {
        if (!ControlPath.otherMountNamespace(pid)) {
            return null;
        }
        long[] pids = ControlPath.namespacePids(pid);
        if (pids[pids.length - 1] != pid || sameDirectory(Path.of("/tmp"), Path.of("/proc/" + pid + "/root/tmp"))
                || !gatedLookup()) {
            return null;
        }
        return "it runs in another mount namespace (systemd PrivateTmp=, a container sharing this pid namespace)"
                + " with a /tmp of its own, which the Attach API of this JDK (" + Runtime.version() + ") looks for in"
                + " this one; it would make the process print a thread dump at each retry. Run jlivepatch with a JDK"
                + " whose attach has JDK-8327114 (23 or later), or in the process's mount namespace"
                + " (nsenter -m -t " + pid + ")";
    }

    /** Whether this JDK's attach looks in {@code /proc/<pid>/root/tmp} only for a target of another pid namespace. */
    static boolean gatedLookup() {
        byte[] bytes = attachClassFile();
        return bytes != null && new String(bytes, StandardCharsets.ISO_8859_1).contains(GATED_LOOKUP);
    }

    private static byte[] attachClassFile() {
        // A class file is never encapsulated, so the module hands it out as a resource.
        try (InputStream in = ModuleLayer.boot().findModule("jdk.attach")
                .map(m -> {
                    try {
                        return m.getResourceAsStream(ATTACH_CLASS);
                    } catch (IOException e) {
                        return null;
                    }
                }).orElse(null)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            Object ka = Files.readAttributes(a, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            Object kb = Files.readAttributes(b, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return ka != null && Objects.equals(ka, kb);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
