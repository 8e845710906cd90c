package io.jlivepatch.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lifecycle transcript of a target JVM, asserted whole, the way the kernel's livepatch
 * selftests compare the dmesg of a scenario with the expected one
 * ({@code tools/testing/selftests/livepatch/functions.sh}, {@code check_result}).
 *
 * <p>The filter: every line of the target's standard error that starts with {@code jlivepatch: }
 * (the fixture prints nothing there of its own), but the agent's start-up banner, which names the
 * JDK and the barrier and is {@code AgentStartupIT}'s to check. So a stray warning, a refused
 * request or a line about another patch breaks the comparison, as an unexpected line breaks a
 * selftest. Two things vary from run to run and are normalised:
 * <ul>
 *   <li>a patch jar's hash reads {@code sha256 <sha256>};
 *   <li>a stall report's age reads {@code stalled for <N> s: }, and a run of consecutive reports
 *       that then read the same is one line: how many reports a stall earns depends on the
 *       machine's speed, whereas that one came, for which thread and in which frame does not.
 * </ul>
 */
public final class Transcript {

    private static final String PREFIX = "jlivepatch: ";
    private static final Pattern AGENT_BANNER = Pattern.compile("^jlivepatch: agent \\S+ started on Java ");
    private static final Pattern SHA256 = Pattern.compile("sha256 [0-9a-f]{64}");
    private static final Pattern STALL_AGE = Pattern.compile("(transition stalled for )\\d+( s: )");

    private Transcript() {
    }

    /** The transcript of the lines a target printed on standard error, filtered and normalised. */
    public static List<String> of(List<String> stderr) {
        List<String> transcript = new ArrayList<>();
        for (String line : stderr) {
            if (!line.startsWith(PREFIX) || AGENT_BANNER.matcher(line).find()) {
                continue;
            }
            String normal = SHA256.matcher(line).replaceAll("sha256 <sha256>");
            boolean stallReport = STALL_AGE.matcher(normal).find();
            normal = STALL_AGE.matcher(normal).replaceAll("$1<N>$2");
            if (stallReport && !transcript.isEmpty() && transcript.get(transcript.size() - 1).equals(normal)) {
                continue;
            }
            transcript.add(normal);
        }
        return transcript;
    }

    /**
     * Makes the target exit, so that every line it printed has been read, and asserts that its
     * transcript is {@code expected}; the failure shows both and the target's whole standard error.
     */
    public static void assertAfterExit(TargetJvm target, List<String> expected) {
        int status = target.exit();
        List<String> stderr = target.stderrLines();
        assertEquals(String.join("\n", expected), String.join("\n", of(stderr)),
                () -> "the lifecycle transcript (the target exited with " + status + "); its whole stderr:\n"
                        + String.join("\n", stderr) + "\n");
    }

    /** The line of a load of patch {@code id} from {@code jar}, its digest normalised as {@link #of} does. */
    public static String loaded(String id, Path jar) {
        return "jlivepatch: '" + id + "': loaded from " + jar + " (sha256 <sha256>)";
    }

    /** An enable, from its first line to its last, that nothing stalls. */
    public static List<String> patching(String id) {
        return List.of(
                "jlivepatch: enabling patch '" + id + "'",
                "jlivepatch: '" + id + "': initializing patching transition",
                "jlivepatch: '" + id + "': starting patching transition",
                "jlivepatch: '" + id + "': completing patching transition",
                "jlivepatch: '" + id + "': patching complete");
    }

    /** A disable, from its first line to its last, that nothing stalls. */
    public static List<String> unpatching(String id) {
        return List.of(
                "jlivepatch: '" + id + "': initializing unpatching transition",
                "jlivepatch: '" + id + "': starting unpatching transition",
                "jlivepatch: '" + id + "': completing unpatching transition",
                "jlivepatch: '" + id + "': unpatching complete");
    }

    /** A patch loaded from {@code jar} (and so enabled), disabled and unloaded, nothing stalling. */
    public static List<String> loadDisableUnload(String id, Path jar) {
        List<String> lines = new ArrayList<>();
        lines.add(loaded(id, jar));
        lines.addAll(patching(id));
        lines.addAll(unpatching(id));
        lines.add("jlivepatch: '" + id + "': unloaded");
        return lines;
    }
}
