package io.jlivepatch.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Thread dumps for the failure message of a test that waited in vain: one of the child JVM (where
 * a patch transition may be stuck) and one of the test JVM (where the harness may be).
 */
public final class ThreadDumps {

    private static final long DUMP_TIMEOUT_SECONDS = 20;

    private ThreadDumps() {
    }

    /** Both dumps, ready to append to an assertion message. */
    public static String forFailure(long childPid) {
        return "\n===== thread dump of JVM " + childPid + " =====\n" + ofProcess(childPid)
                + "\n===== thread dump of the test JVM =====\n" + ofThisJvm();
    }

    /** {@code jcmd <pid> Thread.print} with the target's JDK, {@code jstack} when jcmd is missing. */
    public static String ofProcess(long pid) {
        List<String> command = Files.isExecutable(ItEnvironment.tool("jcmd"))
                ? List.of(ItEnvironment.tool("jcmd").toString(), Long.toString(pid), "Thread.print", "-l")
                : List.of(ItEnvironment.tool("jstack").toString(), "-l", Long.toString(pid));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // Read on another thread: a dump larger than the pipe would otherwise never finish.
            CompletableFuture<String> dump = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "(reading the dump failed: " + e + ")";
                }
            });
            if (!p.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "(" + command + " did not finish in " + DUMP_TIMEOUT_SECONDS + " s)";
            }
            return dump.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "(" + command + " output could not be read: " + e + ")";
        } catch (IOException e) {
            return "(" + command + " failed: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted while dumping " + pid + ")";
        }
    }

    /** Every thread of this JVM with its whole stack (ThreadInfo#toString cuts stacks at eight frames). */
    public static String ofThisJvm() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            sb.append('"').append(t.getName()).append('"')
                    .append(t.isDaemon() ? " daemon" : "")
                    .append(" state=").append(t.getState()).append('\n');
            for (StackTraceElement frame : e.getValue()) {
                sb.append("\tat ").append(frame).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
