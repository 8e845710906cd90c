package io.jlivepatch.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.control.PatchManagerMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent in this JVM, for one test or one test class: what a test gets as a parameter in a
 * {@link LivePatchTest} class. Operations are the agent's own (its MXBean, the same as the
 * {@code jlivepatch} command's), and fail the way they do there: an
 * {@link IllegalArgumentException} whose message is the agent's one line, with nothing changed.
 * {@code load*}, {@code enable} and {@code disable} return once their transition is over.
 *
 * <p>What a test loads through its handle is disabled and unloaded after the test; what a
 * {@code @BeforeAll} method loads, after the class. The transcript and the not-watching counters
 * count from the handle's start: the test's, before its {@link WithPatch} patches load, or the
 * class's.
 */
public final class LivePatches {

    private static final Pattern LOADED = Pattern.compile("^loaded patch '([^']+)' \\(");
    /** The agent's words for the patches a failed load leaves loaded ({@code PatchManager.rollBack}). */
    private static final Pattern STAY_LOADED = Pattern.compile("patch\\(es\\) ((?:'[^']+'(?:, )?)+) could not be taken back"
            + " and stay loaded");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern NOT_WATCHING = Pattern.compile("^(\\S+) (\\d+) (\\S+)$");

    private final PatchManagerMXBean agent;
    private final ClassLoader classPath;
    private final int transcriptMark;
    private final Map<String, Long> notWatchingAtStart;
    /** The patches loaded through this handle, oldest first; a test may load from several threads. */
    private final CopyOnWriteArrayList<String> loaded = new CopyOnWriteArrayList<>();
    private Path jars;

    LivePatches(PatchManagerMXBean agent, ClassLoader classPath) {
        this.agent = agent;
        this.classPath = classPath;
        this.transcriptMark = AgentLines.mark();
        this.notWatchingAtStart = notWatchingCounts();
    }

    // ---------------------------------------------------------------- operations

    /**
     * Packs patch classes of the test class path (each with its nested classes) into a patch
     * jar, loads it and enables its patches.
     *
     * @return the ids of the patches loaded
     */
    public List<String> load(Class<?>... patchClasses) {
        return loadClassNames(Arrays.stream(patchClasses).map(Class::getName).toArray(String[]::new));
    }

    /** {@link #load(Class...)} of classes named by binary name. */
    public List<String> loadClassNames(String... binaryNames) {
        return loadJar(ClassPathPatchJar.write(jarDir(), List.of(binaryNames), classPath));
    }

    /** Loads a patch jar and enables its patches; returns their ids. */
    public List<String> loadJar(Path jar) {
        String[] answer;
        try {
            answer = agent.load(jar.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            // A load can fail after it loaded: its wait interrupted (a test's @Timeout), the
            // agent answers that the patches go on and stay loaded, and names them. They are this
            // handle's to take back (found by review: they stayed enabled for every later test);
            // only those: another loaded meanwhile (by the CLI, say) is not (second review).
            Matcher kept = STAY_LOADED.matcher(String.valueOf(e.getMessage()));
            if (kept.find()) {
                Matcher id = QUOTED.matcher(kept.group(1));
                while (id.find()) {
                    loaded.addIfAbsent(id.group(1));
                }
            }
            throw e;
        }
        List<String> ids = new ArrayList<>();
        for (String line : answer) {
            Matcher m = LOADED.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("the agent answered a load with '" + line + "'");
            }
            ids.add(m.group(1));
        }
        loaded.addAllAbsent(ids);
        return ids;
    }

    /** Loads a patch jar of the test class path, {@code name} being its resource name. */
    public List<String> loadJarResource(String name) {
        return loadJar(ClassPathPatchJar.resource(jarDir(), name, classPath));
    }

    /** Enables a loaded patch (or reverses its unpatching transition). */
    public void enable(String id) {
        agent.enable(id);
    }

    /** Disables a patch (or reverses its patching transition): methods run the code below it again. */
    public void disable(String id) {
        agent.disable(id);
    }

    /** Forgets a disabled patch. */
    public void unload(String id) {
        agent.unload(id);
    }

    // ---------------------------------------------------------------- what the agent shows

    /** What {@code jlivepatch list} shows: each patch with its state, then its targets indented. */
    public List<String> list() {
        return List.of(agent.list());
    }

    /** What {@code jlivepatch stacks} shows: each target method's stack of patches. */
    public List<String> stacks() {
        return List.of(agent.getStacks());
    }

    /** The transition in flight, as {@code jlivepatch threads} shows it first, or {@code no transition}. */
    public String transition() {
        return agent.getTransition();
    }

    /**
     * The patched methods that ran, in a transition, on a thread inside a quiescent region:
     * {@code <method> <calls> <policy>}, counted since this JVM's agent started.
     */
    public List<String> notWatching() {
        return List.of(agent.getNotWatching());
    }

    /**
     * How many calls of {@code method} ({@code class.name(descriptor)}, as {@link #stacks()}
     * writes it) ran in a transition on a thread inside a quiescent region since this handle
     * started.
     */
    public long notWatchingCalls(String method) {
        return notWatchingCounts().getOrDefault(method, 0L) - notWatchingAtStart.getOrDefault(method, 0L);
    }

    /**
     * The agent's lines since this handle started, normalised ({@link Transcript}): what a test
     * compares with the lines its scenario must write, as the kernel's selftests compare dmesg.
     */
    public List<String> transcript() {
        return Transcript.of(AgentLines.since(transcriptMark));
    }

    /** Asserts that {@link #transcript()} is {@code expected}, line for line. */
    public void assertTranscript(List<String> expected) {
        assertEquals(String.join("\n", expected), String.join("\n", transcript()), "the lifecycle transcript");
    }

    // ---------------------------------------------------------------- the extension's part

    /**
     * Disables and unloads what this handle loaded, newest first, then checks that no transition
     * is in flight.
     *
     * @throws AssertionError naming what could not be taken back, or the transition left
     */
    void unloadAll() {
        List<String> problems = new ArrayList<>();
        for (int i = loaded.size() - 1; i >= 0; i--) {
            String id = loaded.get(i);
            String state = state(id);
            try {
                if ("enabled".equals(state)) {
                    agent.disable(id);
                }
                if (state != null) {
                    agent.unload(id);
                }
            } catch (RuntimeException e) {
                problems.add("patch '" + id + "' could not be disabled and unloaded: " + e.getMessage());
            }
        }
        loaded.clear();
        deleteJars();
        String transition = agent.getTransition();
        if (!transition.equals("no transition")) {
            problems.add("a transition is left in flight: " + transition + "; threads:\n  "
                    + String.join("\n  ", agent.getThreads()));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("jlivepatch, after the test: " + String.join("; ", problems));
        }
    }

    /** {@code enabled} or {@code disabled} as {@code list} says, or {@code null} when not loaded. */
    private String state(String id) {
        for (String line : agent.list()) {
            if (line.startsWith(id + " ")) {
                String rest = line.substring(id.length() + 1);
                return rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' '));
            }
        }
        return null;
    }

    private Map<String, Long> notWatchingCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (String line : agent.getNotWatching()) {
            Matcher m = NOT_WATCHING.matcher(line);
            if (m.matches()) {
                counts.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
            }
        }
        return counts;
    }

    private Path jarDir() {
        if (jars == null) {
            try {
                jars = Files.createTempDirectory("jlivepatch-junit");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a directory for patch jars", e);
            }
        }
        return jars;
    }

    private void deleteJars() {
        if (jars == null) {
            return;
        }
        try (var files = Files.list(jars)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(jars);
        } catch (IOException e) {
            jars.toFile().deleteOnExit();
        }
        jars = null;
    }
}
