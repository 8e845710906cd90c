package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jlivepatch.it.patches.state.DropStatePatch;
import io.jlivepatch.it.patches.state.OtherStatePatch;
import io.jlivepatch.it.patches.state.State2Patch;
import io.jlivepatch.it.patches.state.State3Patch;
import io.jlivepatch.it.patches.state.StatePatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * System states (issue 11, part 4): the kernel's {@code tools/testing/selftests/livepatch/test-state.sh},
 * its four tests with their transcripts. The modules {@code test_klp_state} (state version 1),
 * {@code test_klp_state2} and {@code test_klp_state3} (version 2) are cumulative patches of the
 * fixture's {@code LogLevel}, whose callbacks change and restore a console log level and pass
 * its saved value from patch to patch through {@code SystemState.previous}.
 *
 * <p>Where the transcripts differ from the kernel's: {@code modprobe}/{@code echo 0 >}/{@code rmmod}
 * are {@code load}/{@code disable}/{@code unload}; the object is the target class
 * ({@code LogLevel}), not {@code vmlinux}; each load also logs {@code loaded from <jar>} first,
 * and the first one that the agent started (left out here); an unload logs {@code unloaded}; a
 * refused load names the state it would drop or lower and the patch that holds it, where the
 * kernel says {@code is not compatible with the already installed livepatches}.
 */
class StateIT {

    @TempDir
    Path jars;

    private TargetJvm target;
    private final List<String> transcript = new ArrayList<>();

    @BeforeEach
    void noTranscriptYet() {
        transcript.clear();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void systemStateModification() throws Exception {
        try (TargetJvm t = start()) {
            load(StatePatch.class, "test-klp-state");
            assertEquals("log-level=15 test-klp-state at level 15", target.call("log-level"));
            disable("test-klp-state");
            assertEquals("log-level=4 level 4", target.call("log-level"));
            unload("test-klp-state");
            assertTranscript("""
                    % load test-klp-state
                    jlivepatch: enabling patch 'test-klp-state'
                    jlivepatch: 'test-klp-state': initializing patching transition
                    test-klp-state: pre_patch_callback: LogLevel
                    test-klp-state: allocate_loglevel_state: allocating space to store console_loglevel
                    jlivepatch: 'test-klp-state': starting patching transition
                    jlivepatch: 'test-klp-state': completing patching transition
                    test-klp-state: post_patch_callback: LogLevel
                    test-klp-state: fix_console_loglevel: fixing console_loglevel
                    jlivepatch: 'test-klp-state': patching complete
                    % disable test-klp-state
                    jlivepatch: 'test-klp-state': initializing unpatching transition
                    test-klp-state: pre_unpatch_callback: LogLevel
                    test-klp-state: restore_console_loglevel: restoring console_loglevel
                    jlivepatch: 'test-klp-state': starting unpatching transition
                    jlivepatch: 'test-klp-state': completing unpatching transition
                    test-klp-state: post_unpatch_callback: LogLevel
                    test-klp-state: free_loglevel_state: freeing space for the stored console_loglevel
                    jlivepatch: 'test-klp-state': unpatching complete
                    % unload test-klp-state
                    jlivepatch: 'test-klp-state': unloaded""");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void takingOverSystemStateModification() throws Exception {
        try (TargetJvm t = start()) {
            load(StatePatch.class, "test-klp-state");
            load(State2Patch.class, "test-klp-state2");
            assertEquals("log-level=15 test-klp-state2 at level 15", target.call("log-level"));
            unload("test-klp-state");
            disable("test-klp-state2");
            assertEquals("log-level=4 level 4", target.call("log-level"), "the level test-klp-state saved, restored");
            unload("test-klp-state2");
            assertTranscript(PATCH_STATE + "\n" + takeOver("test-klp-state2") + """

                    % unload test-klp-state
                    jlivepatch: 'test-klp-state': unloaded
                    """ + unpatch("test-klp-state2") + """

                    % unload test-klp-state2
                    jlivepatch: 'test-klp-state2': unloaded""");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void compatibleCumulativeLivepatches() throws Exception {
        try (TargetJvm t = start()) {
            load(State2Patch.class, "test-klp-state2");
            load(State3Patch.class, "test-klp-state3");
            unload("test-klp-state2");
            load(State2Patch.class, "test-klp-state2");
            disable("test-klp-state2");
            assertEquals("log-level=4 level 4", target.call("log-level"));
            unload("test-klp-state2");
            unload("test-klp-state3");
            assertTranscript(patchFresh("test-klp-state2") + "\n" + takeOver("test-klp-state3") + """

                    % unload test-klp-state2
                    jlivepatch: 'test-klp-state2': unloaded
                    """ + takeOver("test-klp-state2") + "\n" + unpatch("test-klp-state2") + """

                    % unload test-klp-state2
                    jlivepatch: 'test-klp-state2': unloaded
                    % unload test-klp-state3
                    jlivepatch: 'test-klp-state3': unloaded""");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void incompatibleCumulativeLivepatches() throws Exception {
        try (TargetJvm t = start()) {
            load(State2Patch.class, "test-klp-state2");
            String refused = loadRefused(StatePatch.class, "test-klp-state");
            assertEquals("jlivepatch: patch 'test-klp-state' is not compatible with the enabled patches: it lowers"
                    + " system state 1 from version 2 (patch 'test-klp-state2') to 1", refused);
            assertFalse(PatchList.parse("list", ControlClient.of(target.pid()).run("list")).has("test-klp-state"),
                    "the refused patch does not stay loaded");
            assertEquals("log-level=15 test-klp-state2 at level 15", target.call("log-level"));
            disable("test-klp-state2");
            unload("test-klp-state2");
            // The refusal is the CLI's alone (asserted above): nothing of it in the host's stderr.
            assertTranscript(patchFresh("test-klp-state2") + "\n% load test-klp-state\n"
                    + unpatch("test-klp-state2") + """

                    % unload test-klp-state2
                    jlivepatch: 'test-klp-state2': unloaded""");
        }
    }

    /**
     * The rest of {@code klp_is_state_compatible()}: a patch that is not cumulative may leave a
     * state out (it does not touch it); a cumulative one may not (it would drop it); and an
     * enable of a loaded patch is checked as a load is.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStateMayBeLeftOutOnlyByAPatchThatIsNotCumulative() throws Exception {
        try (TargetJvm t = start()) {
            load(StatePatch.class, "test-klp-state");
            disable("test-klp-state");
            load(State2Patch.class, "test-klp-state2");
            Cli.load(target.pid(), PatchJars.of(jars, "other-fix", OtherStatePatch.class)).assertSuccess();
            assertEquals("log-level=15 other-fix", target.call("log-level"));
            assertEquals("jlivepatch: patch 'drop-state' is not compatible with the enabled patches: it is cumulative"
                    + " and drops system state 1 (version 2 in patch 'test-klp-state2')",
                    Cli.load(target.pid(), PatchJars.of(jars, "drop-state", DropStatePatch.class)).assertFailure());
            assertEquals("jlivepatch: patch 'test-klp-state' is not compatible with the enabled patches: it lowers"
                    + " system state 1 from version 2 (patch 'test-klp-state2') to 1",
                    Cli.enable(target.pid(), "test-klp-state").assertFailure());
            PatchList list = PatchList.parse("list", ControlClient.of(target.pid()).run("list"));
            assertFalse(list.has("drop-state"));
            assertFalse(list.get("test-klp-state").enabled());
            assertEquals("log-level=15 other-fix", target.call("log-level"));
        }
    }

    private static final String PATCH_STATE = patchFresh("test-klp-state");

    /** A first patch of the state: it allocates and fixes. */
    private static String patchFresh(String id) {
        return """
                % load ID
                jlivepatch: enabling patch 'ID'
                jlivepatch: 'ID': initializing patching transition
                ID: pre_patch_callback: LogLevel
                ID: allocate_loglevel_state: allocating space to store console_loglevel
                jlivepatch: 'ID': starting patching transition
                jlivepatch: 'ID': completing patching transition
                ID: post_patch_callback: LogLevel
                ID: fix_console_loglevel: fixing console_loglevel
                jlivepatch: 'ID': patching complete""".replace("ID", id);
    }

    /** A cumulative patch that takes the state over from the one before. */
    private static String takeOver(String id) {
        return """
                % load ID
                jlivepatch: enabling patch 'ID'
                jlivepatch: 'ID': initializing patching transition
                ID: pre_patch_callback: LogLevel
                ID: allocate_loglevel_state: space to store console_loglevel already allocated
                jlivepatch: 'ID': starting patching transition
                jlivepatch: 'ID': completing patching transition
                ID: post_patch_callback: LogLevel
                ID: fix_console_loglevel: taking over the console_loglevel change
                jlivepatch: 'ID': patching complete""".replace("ID", id);
    }

    /** The last patch of the state, disabled: it restores and frees. */
    private static String unpatch(String id) {
        return """
                % disable ID
                jlivepatch: 'ID': initializing unpatching transition
                ID: pre_unpatch_callback: LogLevel
                ID: restore_console_loglevel: restoring console_loglevel
                jlivepatch: 'ID': starting unpatching transition
                jlivepatch: 'ID': completing unpatching transition
                ID: post_unpatch_callback: LogLevel
                ID: free_loglevel_state: freeing space for the stored console_loglevel
                jlivepatch: 'ID': unpatching complete""".replace("ID", id);
    }

    private TargetJvm start() {
        target = TargetJvm.startFixture();
        assertEquals("log-level=4 level 4", target.call("log-level"), "the state's class is loaded");
        return target;
    }

    private void load(Class<?> patch, String id) throws InterruptedException {
        step("load " + id, () -> Cli.load(target.pid(), PatchJars.of(jars, id, patch, LogLevelCallbacksClass.get()))
                .assertSuccess(), "'" + id + "': patching complete");
    }

    private String loadRefused(Class<?> patch, String id) throws InterruptedException {
        String[] line = new String[1];
        step("load " + id, () -> line[0] = Cli.load(target.pid(),
                PatchJars.of(jars, id, patch, LogLevelCallbacksClass.get())).assertFailure(), null);
        return line[0];
    }

    private void disable(String id) throws InterruptedException {
        step("disable " + id, () -> Cli.disable(target.pid(), id).assertSuccess(), "'" + id + "': unpatching complete");
    }

    private void unload(String id) throws InterruptedException {
        step("unload " + id, () -> Cli.unload(target.pid(), id).assertSuccess(), null);
    }

    /** Runs one command and adds its lines to the transcript, once {@code last} (if any) is there. */
    private void step(String command, Runnable action, String last) throws InterruptedException {
        int from = target.stderrLines().size();
        action.run();
        if (last != null) {
            target.awaitStderrLine(last, l -> l.endsWith(last), Duration.ofSeconds(20));
        }
        TimeUnit.MILLISECONDS.sleep(100);
        transcript.add("% " + command);
        List<String> lines = target.stderrLines();
        for (String l : lines.subList(from, lines.size())) {
            if (!l.contains("': loaded from ") && !l.startsWith("jlivepatch: agent ")) {
                transcript.add(l);
            }
        }
    }

    private void assertTranscript(String expected) {
        assertEquals(expected, String.join("\n", transcript), String.join("\n", transcript));
    }

    /** The helper class every state patch jar carries; package-private, so by name. */
    private static final class LogLevelCallbacksClass {
        static Class<?> get() {
            try {
                return Class.forName("io.jlivepatch.it.patches.state.LogLevelCallbacks");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
