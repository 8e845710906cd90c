package io.jlivepatch.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lifecycle transcript: the agent's lines, the way the kernel's livepatch selftests compare
 * the dmesg of a scenario with the expected one. Of the lines that start with {@code jlivepatch: },
 * without that prefix, all but the agent's start-up banner (it names the JDK and the barrier).
 * What varies from run to run reads the same every time:
 * <ul>
 *   <li>a patch jar's hash reads {@code sha256 <sha256>}, and its path only its file name
 *       ({@code 'fix': loaded from fix.jar (sha256 <sha256>)});
 *   <li>a stall report's age reads {@code stalled for <N> s: }, and consecutive reports that then
 *       read the same are one line: how many a stall earns depends on the machine's speed.
 * </ul>
 */
public final class Transcript {

    private static final String PREFIX = "jlivepatch: ";
    private static final Pattern AGENT_BANNER = Pattern.compile("^agent \\S+ started on Java ");
    private static final Pattern SHA256 = Pattern.compile("sha256 [0-9a-f]{64}");
    private static final Pattern JAR_PATH = Pattern.compile("(': loaded from )(?:.*[/\\\\])?([^/\\\\]+ \\(sha256 )");
    private static final Pattern STALL_AGE = Pattern.compile("(transition stalled for )\\d+( s: )");

    private Transcript() {
    }

    /** The transcript of {@code lines} (of standard error, or the agent's lines), normalised. */
    public static List<String> of(List<String> lines) {
        List<String> transcript = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String normal = line.substring(PREFIX.length());
            if (AGENT_BANNER.matcher(normal).find()) {
                continue;
            }
            normal = SHA256.matcher(normal).replaceAll("sha256 <sha256>");
            normal = JAR_PATH.matcher(normal).replaceFirst("$1$2");
            boolean stallReport = STALL_AGE.matcher(normal).find();
            normal = STALL_AGE.matcher(normal).replaceAll("$1<N>$2");
            if (stallReport && !transcript.isEmpty() && transcript.get(transcript.size() - 1).equals(normal)) {
                continue;
            }
            transcript.add(normal);
        }
        return transcript;
    }

    /** The line a load of patch {@code id} from the jar named {@code jarName} writes first. */
    public static String loaded(String id, String jarName) {
        return "'" + id + "': loaded from " + jarName + " (sha256 <sha256>)";
    }

    /** The lines an enable of patch {@code id} that nothing stalls writes, in order (a load writes them after {@link #loaded}). */
    public static List<String> patching(String id) {
        return List.of("enabling patch '" + id + "'",
                "'" + id + "': initializing patching transition",
                "'" + id + "': starting patching transition",
                "'" + id + "': completing patching transition",
                "'" + id + "': patching complete");
    }

    /** The lines a disable of patch {@code id} that nothing stalls writes, in order. */
    public static List<String> unpatching(String id) {
        return List.of("'" + id + "': initializing unpatching transition",
                "'" + id + "': starting unpatching transition",
                "'" + id + "': completing unpatching transition",
                "'" + id + "': unpatching complete");
    }

    /** The line an unload of patch {@code id} writes. */
    public static String unloaded(String id) {
        return "'" + id + "': unloaded";
    }
}
