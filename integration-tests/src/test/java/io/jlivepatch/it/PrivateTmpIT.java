package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.TargetJvm;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 13c F8: a JVM in another mount namespace of our pid namespace, with a /tmp of its own
 * (systemd {@code PrivateTmp=yes}; here {@code unshare -m} and a tmpfs on /tmp, which needs root).
 * The CLI skipped the derived socket there and attached; the JDK 17 attach looks in our /tmp,
 * never found the target and re-sent SIGQUIT, each printing a full thread dump on the target's
 * standard output. Now the derived socket is found through {@code /proc/<pid>/root}; and where it
 * is gone and this JDK's attach cannot cross the namespaces, the CLI says so in one line.
 */
class PrivateTmpIT {

    /**
     * The target's own /tmp. A checkout under /tmp (a CI's clean clone, say) would be hidden with
     * the rest, the agent jar and the fixture's classes in it: in the target's mount namespace
     * alone, it is first bound on /mnt, and after the tmpfs is mounted, bound back at its path.
     */
    private static String[] privateTmp() throws IOException {
        String checkout = ItEnvironment.agentJar().toRealPath().getParent().getParent().getParent()
                .toString();
        return new String[] {"unshare", "-m", "--propagation", "private", "sh", "-c",
            "keep=$1; shift; case \"$keep\" in /tmp/*) mount --bind \"$keep\" /mnt || exit 99;; esac;"
                    + " mount -t tmpfs none /tmp && case \"$keep\" in /tmp/*) mkdir -p \"$keep\""
                    + " && mount --bind /mnt \"$keep\";; esac && exec \"$@\"",
            "sh", checkout};
    }

    private static boolean canUnshare() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aJvmWithAPrivateTmpIsReachedThroughItsRootAndNeverSentAThreadDump() throws Exception {
        assumeTrue(canUnshare(), "needs unshare -m (root)");
        try (TargetJvm target = TargetJvm.builder().javaAgent(null).wrappedIn(privateTmp()).start()) {
            long pid = target.pid();
            Cli.list(target.pid()).assertSuccess();
            assertNoThreadDump(target);

            // With its socket gone, only an attach can reach it.
            Path dir = Path.of("/proc/" + pid + "/root/tmp/jlivepatch-0");
            try (DirectoryStream<Path> sockets = Files.newDirectoryStream(dir, pid + "-*.sock")) {
                for (Path s : sockets) {
                    Files.delete(s);
                }
            }
            Cli.Result again = Cli.list(pid);
            if (again.exitCode() != 0) {
                assertEquals(1, again.stderr().size(), again.stderr().toString());
                assertTrue(again.stderr().get(0).startsWith("jlivepatch: cannot attach to process " + pid
                        + ": it runs in another mount namespace"), again.stderr().get(0));
            }
            assertNoThreadDump(target);
        }
    }

    private static void assertNoThreadDump(TargetJvm target) {
        List<String> dumps = target.stdoutLines().stream().filter(l -> l.startsWith("Full thread dump")).toList();
        assertEquals(List.of(), dumps, "thread dumps on the target's standard output");
    }
}
