package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.callbacks.Demo2Patch;
import io.jlivepatch.it.patches.callbacks.Demo2ReplacePatch;
import io.jlivepatch.it.patches.callbacks.DemoPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's {@code tools/testing/selftests/livepatch/test-callbacks.sh}, its tests with their
 * transcripts, as {@code StateIT} ports {@code test-state.sh}: each records {@code % <command>},
 * then every line the target printed on standard error (the agent's, the patch callbacks' and the
 * fixture classes' own), and compares the whole with the kernel's, line for line.
 *
 * <p>The kernel's objects are classes of {@code io.jlivepatch.it.fixture.callbacks}:
 * {@code vmlinux} is {@code CallbackVm}, loaded before any patch; {@code test_klp_callbacks_mod}
 * is {@code CallbackMod} and {@code test_klp_callbacks_busy} is {@code CallbackBusy}, classes that
 * load at their first call ({@code % call callbacks-mod}, {@code % call callbacks-busy-10}: a
 * {@code modprobe}), whose static initialisers print the module's {@code _init} line as
 * {@code CallbackMod: <clinit>}. {@code CallbackBusy}'s worker sits in {@code workFunc} (the
 * kernel's {@code busymod_work_func}, which the patch redirects) for {@code sleep_secs} seconds,
 * or until {@code % call callbacks-busy-stop} (the kernel's {@code rmmod}, which waits for the work).
 * The module parameter {@code pre_patch_ret} is {@code CallbackParams.prePatchRet}, which
 * {@code % call callbacks-pre-patch-ret-19} sets to -19; the pre-patch callback refuses (answers
 * {@code false}) unless it is 0. The modules {@code test_klp_callbacks_demo} and
 * {@code test_klp_callbacks_demo2} are the patches {@code test-klp-callbacks-demo} and
 * {@code -demo2} ({@code DemoPatch}; {@code Demo2Patch}, and {@code Demo2ReplacePatch} for
 * {@code replace=1}).
 *
 * <p>Left out: the kernel's two {@code module_going} tests ({@code module_going notifier} and
 * {@code module_coming and module_going notifiers}; nine of its eleven tests are here), and the
 * {@code rmmod} of a target module in the others. A JVM unloads a class only with
 * its class loader, once nothing uses it; there is no counterpart of a module that goes while
 * the patch stays. So the target modules are never removed here: their {@code _exit} lines, and
 * the pre- and post-unpatch callbacks the kernel runs for them as they go, are not in the
 * transcripts; the classes stay, and get their unpatch callbacks with {@code vmlinux}'s when the
 * patch is disabled.
 *
 * <p>Where the transcripts differ in names only: {@code modprobe}/{@code echo 0 >}/{@code rmmod}
 * of a patch are {@code load}/{@code disable}/{@code unload}, and a module's {@code modprobe} is
 * {@code call}; the agent's lines start {@code jlivepatch: }, not {@code livepatch: }; an object
 * is its class's simple name in the callbacks' lines, and its binary name in the agent's; the
 * callbacks print no module state ({@code -> [MODULE_STATE_LIVE] Normal state}; a class has
 * none); each load also logs {@code loaded from <jar>} first, and the first one that the agent
 * started (left out here, as in {@code StateIT}); an {@code unload} logs {@code unloaded}; a
 * failed callback and a failed enable are {@code warning: }s; and the objects come in the order
 * the classes joined the patch (loaded ones first), not in the patch's order of objects.
 *
 * <p>Where the agent behaves differently from the kernel (not only in names); the tests assert
 * what the agent does:
 * <ol>
 *   <li>A late class gets its callbacks when it first runs (README, Callbacks): here at its first
 *       call, after its static initialiser has run; the kernel runs a coming module's pre- and post-patch callbacks
 *       before its {@code module_init}. Kernel: {@code pre_patch_callback: test_klp_callbacks_mod
 *       -> [MODULE_STATE_COMING] ...}, {@code post_patch_callback: ...}, then
 *       {@code test_klp_callbacks_mod_init}; here {@code CallbackMod: <clinit>} comes first.
 *   <li>The agent says nothing when a late class joins a patch; the kernel logs
 *       {@code livepatch: applying patch 'test_klp_callbacks_demo' to loading module
 *       'test_klp_callbacks_mod'} before the module's callbacks.
 *   <li>A refusing pre-patch callback of a late class does not refuse the class (it is loaded and
 *       initialised already): the class alone runs unpatched, {@code list} says {@code failed: ...},
 *       and the patch stays enabled. Kernel: {@code livepatch: pre-patch callback failed for object
 *       'test_klp_callbacks_mod'}, {@code livepatch: patch 'test_klp_callbacks_demo' failed for
 *       module 'test_klp_callbacks_mod', refusing to load module 'test_klp_callbacks_mod'} and
 *       {@code modprobe: ERROR: could not insert 'test_klp_callbacks_mod': No such device}; here
 *       {@code jlivepatch: warning: pre-patch callback failed for object '...CallbackMod'} and
 *       {@code jlivepatch: warning: 'test-klp-callbacks-demo': patch 'test-klp-callbacks-demo':
 *       pre-patch callback prePatch(Ljava/lang/Class;)Z refused ...CallbackMod; ...CallbackMod is
 *       not patched}, and the call answers the original code.
 *   <li>A refused load's reason, the kernel's {@code modprobe: ERROR: could not insert ...: No such
 *       device}, is the CLI's one line on its standard error (asserted apart, as {@code StateIT}
 *       does), as {@code modprobe}'s is its own: nothing of it reaches the host's stderr.
 *   <li>{@code load} has no {@code --no-wait} ({@code load_lp_nowait}): the busy test runs it on
 *       a thread of its own. And a load whose transition is reversed fails and leaves nothing
 *       loaded, where the kernel's module stays loaded, disabled, for its {@code rmmod}: after
 *       {@code unpatching complete} the CLI fails saying {@code patch 'test-klp-callbacks-demo' was
 *       not loaded: its transition was reversed on request}, and there is no {@code % unload} (the kernel's
 *       {@code % rmmod test_klp_callbacks_demo}).
 * </ol>
 */
class CallbacksSelftestIT {

    private static final String DEMO = "test-klp-callbacks-demo";
    private static final String DEMO2 = "test-klp-callbacks-demo2";

    @TempDir
    Path jars;

    private static final Duration AWAIT = Duration.ofSeconds(20);

    private TargetJvm target;
    private final List<String> transcript = new ArrayList<>();
    /** The lines of the target's standard error that the transcript has taken. */
    private int seen;

    @BeforeEach
    void noTranscriptYet() {
        transcript.clear();
        seen = 0;
    }

    /** TEST: target module before livepatch. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void targetModuleBeforeLivepatch() throws Exception {
        try (TargetJvm t = start()) {
            call("callbacks-mod", "original");
            load(DemoPatch.class, DEMO);
            assertCalls("callbacks-vm=patched", "callbacks-mod=patched");
            disable(DEMO);
            assertCalls("callbacks-vm=original", "callbacks-mod=original");
            unload(DEMO);
            assertTranscript("""
                    % call callbacks-mod
                    CallbackMod: <clinit>
                    % load test-klp-callbacks-demo
                    jlivepatch: enabling patch 'test-klp-callbacks-demo'
                    jlivepatch: 'test-klp-callbacks-demo': initializing patching transition
                    test-klp-callbacks-demo: pre_patch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_patch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': starting patching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing patching transition
                    test-klp-callbacks-demo: post_patch_callback: CallbackVm
                    test-klp-callbacks-demo: post_patch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': patching complete
                    % disable test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': initializing unpatching transition
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': starting unpatching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': unpatching complete
                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /** TEST: module_coming notifier. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void moduleComingNotifier() throws Exception {
        try (TargetJvm t = start()) {
            load(DemoPatch.class, DEMO);
            call("callbacks-mod", "patched");
            disable(DEMO);
            assertCalls("callbacks-vm=original", "callbacks-mod=original");
            unload(DEMO);
            assertTranscript(PATCH_VM + """

                    % call callbacks-mod
                    CallbackMod: <clinit>
                    test-klp-callbacks-demo: pre_patch_callback: CallbackMod
                    test-klp-callbacks-demo: post_patch_callback: CallbackMod
                    % disable test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': initializing unpatching transition
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': starting unpatching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': unpatching complete
                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /** TEST: target module not present. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void targetModuleNotPresent() throws Exception {
        try (TargetJvm t = start()) {
            load(DemoPatch.class, DEMO);
            disable(DEMO);
            unload(DEMO);
            assertTranscript(PATCH_VM + "\n" + UNPATCH_VM + """

                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /** TEST: pre-patch callback -ENODEV. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void prePatchCallbackEnodev() throws Exception {
        try (TargetJvm t = start()) {
            call("callbacks-mod", "original");
            call("callbacks-pre-patch-ret-19", "-19");
            String refusal = "patch 'test-klp-callbacks-demo': pre-patch callback prePatch(Ljava/lang/Class;)Z refused"
                    + " io.jlivepatch.it.fixture.callbacks.CallbackVm";
            assertEquals("jlivepatch: " + refusal, loadRefused(DemoPatch.class, DEMO), "the CLI's one line");
            assertEquals("no patches loaded", Cli.list(target.pid()).stdout().get(0));
            assertCalls("callbacks-vm=original", "callbacks-mod=original");
            assertTranscript("""
                    % call callbacks-mod
                    CallbackMod: <clinit>
                    % call callbacks-pre-patch-ret-19
                    % load test-klp-callbacks-demo
                    jlivepatch: enabling patch 'test-klp-callbacks-demo'
                    jlivepatch: 'test-klp-callbacks-demo': initializing patching transition
                    test-klp-callbacks-demo: pre_patch_callback: CallbackVm
                    jlivepatch: warning: pre-patch callback failed for object\
                     'io.jlivepatch.it.fixture.callbacks.CallbackVm'
                    jlivepatch: warning: failed to enable patch 'test-klp-callbacks-demo'
                    jlivepatch: 'test-klp-callbacks-demo': canceling patching transition, going to unpatch
                    jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
                    jlivepatch: 'test-klp-callbacks-demo': unpatching complete""");
        }
    }

    /**
     * TEST: module_coming + pre-patch callback -ENODEV. The class is not refused (a JVM cannot
     * refuse a class that is loaded and initialised already); the patch does not run in it.
     */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void moduleComingAndPrePatchCallbackEnodev() throws Exception {
        try (TargetJvm t = start()) {
            load(DemoPatch.class, DEMO);
            call("callbacks-pre-patch-ret-19", "-19");
            call("callbacks-mod", "original");
            assertCalls("callbacks-vm=patched", "callbacks-mod=original");
            List<String> list = Cli.list(target.pid()).stdout();
            assertTrue(list.contains("  io.jlivepatch.it.fixture.callbacks.CallbackMod.value()Ljava/lang/String;"
                    + " failed: pre-patch callback prePatch(Ljava/lang/Class;)Z refused"
                    + " io.jlivepatch.it.fixture.callbacks.CallbackMod"), String.join("\n", list));
            disable(DEMO);
            unload(DEMO);
            assertTranscript(PATCH_VM + """

                    % call callbacks-pre-patch-ret-19
                    % call callbacks-mod
                    CallbackMod: <clinit>
                    test-klp-callbacks-demo: pre_patch_callback: CallbackMod
                    jlivepatch: warning: pre-patch callback failed for object\
                     'io.jlivepatch.it.fixture.callbacks.CallbackMod'
                    jlivepatch: warning: 'test-klp-callbacks-demo': patch 'test-klp-callbacks-demo': pre-patch callback\
                     prePatch(Ljava/lang/Class;)Z refused io.jlivepatch.it.fixture.callbacks.CallbackMod;\
                     io.jlivepatch.it.fixture.callbacks.CallbackMod is not patched
                    """ + UNPATCH_VM + """

                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /** TEST: multiple target modules. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void multipleTargetModules() throws Exception {
        try (TargetJvm t = start()) {
            call("callbacks-busy-0", "worked");
            load(DemoPatch.class, DEMO);
            call("callbacks-mod", "patched");
            disable(DEMO);
            unload(DEMO);
            assertTranscript("""
                    % call callbacks-busy-0
                    CallbackBusy: <clinit>
                    CallbackBusy: workFunc, sleeping 0 seconds ...
                    CallbackBusy: workFunc exit
                    % load test-klp-callbacks-demo
                    jlivepatch: enabling patch 'test-klp-callbacks-demo'
                    jlivepatch: 'test-klp-callbacks-demo': initializing patching transition
                    test-klp-callbacks-demo: pre_patch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_patch_callback: CallbackBusy
                    jlivepatch: 'test-klp-callbacks-demo': starting patching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing patching transition
                    test-klp-callbacks-demo: post_patch_callback: CallbackVm
                    test-klp-callbacks-demo: post_patch_callback: CallbackBusy
                    jlivepatch: 'test-klp-callbacks-demo': patching complete
                    % call callbacks-mod
                    CallbackMod: <clinit>
                    test-klp-callbacks-demo: pre_patch_callback: CallbackMod
                    test-klp-callbacks-demo: post_patch_callback: CallbackMod
                    % disable test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': initializing unpatching transition
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackBusy
                    test-klp-callbacks-demo: pre_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': starting unpatching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackBusy
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': unpatching complete
                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /**
     * TEST: busy target module. The load runs on its own thread ({@code load} has no
     * {@code --no-wait}): it waits for a transition that the busy thread holds, until the disable
     * reverses it; the load then fails, and leaves nothing loaded.
     */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void busyTargetModule() throws Exception {
        try (TargetJvm t = start()) {
            call("callbacks-busy-10", "working");
            Path jar = PatchJars.of(jars, DEMO, DemoPatch.class);
            List<CompletableFuture<Cli.Result>> load = new ArrayList<>();
            step("load " + DEMO, () -> load.add(CompletableFuture.supplyAsync(() -> Cli.load(target.pid(), jar))),
                    "'" + DEMO + "': starting patching transition");
            ConsistencyIT.awaitPending(target.pid(), "busymod");
            call("callbacks-mod", null);
            String[] loadFailure = new String[1];
            step("disable " + DEMO, () -> {
                Cli.disable(target.pid(), DEMO).assertSuccess();
                loadFailure[0] = load.get(0).join().assertFailure();
            }, "'" + DEMO + "': unpatching complete");
            assertEquals("jlivepatch: patch 'test-klp-callbacks-demo' was not loaded: its transition was reversed on"
                    + " request", loadFailure[0]);
            assertEquals("no patches loaded", Cli.list(target.pid()).stdout().get(0));
            assertCalls("callbacks-vm=original", "callbacks-mod=original");
            call("callbacks-busy-stop", "stopped");
            assertTranscript("""
                    % call callbacks-busy-10
                    CallbackBusy: <clinit>
                    CallbackBusy: workFunc, sleeping 10 seconds ...
                    % load test-klp-callbacks-demo
                    jlivepatch: enabling patch 'test-klp-callbacks-demo'
                    jlivepatch: 'test-klp-callbacks-demo': initializing patching transition
                    test-klp-callbacks-demo: pre_patch_callback: CallbackVm
                    test-klp-callbacks-demo: pre_patch_callback: CallbackBusy
                    jlivepatch: 'test-klp-callbacks-demo': starting patching transition
                    % call callbacks-mod
                    CallbackMod: <clinit>
                    test-klp-callbacks-demo: pre_patch_callback: CallbackMod
                    % disable test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': reversing transition from patching to unpatching
                    jlivepatch: 'test-klp-callbacks-demo': starting unpatching transition
                    jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackVm
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackBusy
                    test-klp-callbacks-demo: post_unpatch_callback: CallbackMod
                    jlivepatch: 'test-klp-callbacks-demo': unpatching complete
                    % call callbacks-busy-stop
                    CallbackBusy: workFunc exit""");
        }
    }

    /** TEST: multiple livepatches. */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void multipleLivepatches() throws Exception {
        try (TargetJvm t = start()) {
            load(DemoPatch.class, DEMO);
            load(Demo2Patch.class, DEMO2);
            assertCalls("callbacks-vm=patched2");
            disable(DEMO2);
            assertCalls("callbacks-vm=patched");
            disable(DEMO);
            assertCalls("callbacks-vm=original");
            unload(DEMO2);
            unload(DEMO);
            assertTranscript(PATCH_VM + "\n" + PATCH_VM.replace(DEMO, DEMO2) + "\n" + UNPATCH_VM.replace(DEMO, DEMO2)
                    + "\n" + UNPATCH_VM + """

                    % unload test-klp-callbacks-demo2
                    jlivepatch: 'test-klp-callbacks-demo2': unloaded
                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /**
     * TEST: atomic replace. The replaced patch gets no callback; the cumulative one gets its own
     * at its disable, which leaves the original code (the replaced patch is not enabled again).
     */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void atomicReplace() throws Exception {
        try (TargetJvm t = start()) {
            load(DemoPatch.class, DEMO);
            load(Demo2ReplacePatch.class, DEMO2);
            assertCalls("callbacks-vm=patched2");
            assertFalse(Cli.list(target.pid()).patchList().get(DEMO).enabled(), "replaced: disabled");
            disable(DEMO2);
            assertCalls("callbacks-vm=original");
            unload(DEMO2);
            unload(DEMO);
            assertTranscript(PATCH_VM + "\n" + PATCH_VM.replace(DEMO, DEMO2) + "\n" + UNPATCH_VM.replace(DEMO, DEMO2)
                    + """

                    % unload test-klp-callbacks-demo2
                    jlivepatch: 'test-klp-callbacks-demo2': unloaded
                    % unload test-klp-callbacks-demo
                    jlivepatch: 'test-klp-callbacks-demo': unloaded""");
        }
    }

    /** A patch loaded with only {@code vmlinux} there: its callbacks for that object alone. */
    private static final String PATCH_VM = """
            % load test-klp-callbacks-demo
            jlivepatch: enabling patch 'test-klp-callbacks-demo'
            jlivepatch: 'test-klp-callbacks-demo': initializing patching transition
            test-klp-callbacks-demo: pre_patch_callback: CallbackVm
            jlivepatch: 'test-klp-callbacks-demo': starting patching transition
            jlivepatch: 'test-klp-callbacks-demo': completing patching transition
            test-klp-callbacks-demo: post_patch_callback: CallbackVm
            jlivepatch: 'test-klp-callbacks-demo': patching complete""";

    /** Its disable, {@code vmlinux} its only object that is patched. */
    private static final String UNPATCH_VM = """
            % disable test-klp-callbacks-demo
            jlivepatch: 'test-klp-callbacks-demo': initializing unpatching transition
            test-klp-callbacks-demo: pre_unpatch_callback: CallbackVm
            jlivepatch: 'test-klp-callbacks-demo': starting unpatching transition
            jlivepatch: 'test-klp-callbacks-demo': completing unpatching transition
            test-klp-callbacks-demo: post_unpatch_callback: CallbackVm
            jlivepatch: 'test-klp-callbacks-demo': unpatching complete""";

    private TargetJvm start() {
        target = TargetJvm.startFixture();
        assertEquals("callbacks-vm=original", target.call("callbacks-vm"), "vmlinux is loaded before any patch");
        return target;
    }

    /**
     * Runs fixture cases outside the transcript (the kernel's test does not look): whatever they
     * print on standard error goes to the next step's lines, and breaks the comparison.
     */
    private void assertCalls(String... answers) {
        for (String answer : answers) {
            String fixtureCase = answer.substring(0, answer.indexOf('='));
            assertEquals(answer, target.call(fixtureCase));
        }
    }

    /** Runs fixture case {@code fixtureCase} as a step, and asserts its answer unless {@code answer} is null. */
    private void call(String fixtureCase, String answer) throws InterruptedException {
        String[] line = new String[1];
        step("call " + fixtureCase, () -> line[0] = target.call(fixtureCase), null);
        if (answer != null) {
            assertEquals(fixtureCase + "=" + answer, line[0]);
        }
    }

    private void load(Class<?> patch, String id) throws InterruptedException {
        step("load " + id, () -> Cli.load(target.pid(), PatchJars.of(jars, id, patch)).assertSuccess(),
                "'" + id + "': patching complete");
    }

    private String loadRefused(Class<?> patch, String id) throws InterruptedException {
        String[] line = new String[1];
        step("load " + id, () -> line[0] = Cli.load(target.pid(), PatchJars.of(jars, id, patch)).assertFailure(),
                null);
        return line[0];
    }

    private void disable(String id) throws InterruptedException {
        step("disable " + id, () -> Cli.disable(target.pid(), id).assertSuccess(), "'" + id + "': unpatching complete");
    }

    private void unload(String id) throws InterruptedException {
        step("unload " + id, () -> Cli.unload(target.pid(), id).assertSuccess(), null);
    }

    /**
     * Runs one command and adds its lines to the transcript, once {@code last} (if any) is there:
     * every line printed since the previous step's, but the two that {@code StateIT} leaves out.
     */
    private void step(String command, Runnable action, String last) throws InterruptedException {
        int from = target.stderrLines().size();
        action.run();
        if (last != null) {
            awaitStderr(from, last);
        }
        transcript.add("% " + command);
        take();
    }

    /** Adds the lines printed since the last ones taken, after a moment for the pump to read them. */
    private void take() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(100);
        List<String> lines = target.stderrLines();
        for (String l : lines.subList(seen, lines.size())) {
            if (!l.contains("': loaded from ") && !l.startsWith("jlivepatch: agent ")) {
                transcript.add(l);
            }
        }
        seen = lines.size();
    }

    /** Waits for a line of standard error that ends with {@code last}, printed after the first {@code from}. */
    private void awaitStderr(int from, String last) throws InterruptedException {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (true) {
            List<String> lines = target.stderrLines();
            if (lines.subList(from, lines.size()).stream().anyMatch(l -> l.endsWith(last))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                // Fails with the target's output and thread dumps.
                target.awaitStderrLine(last + " (after line " + from + ")", l -> false, Duration.ZERO);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Asserts the transcript whole, with any line printed after the last step. */
    private void assertTranscript(String expected) throws InterruptedException {
        take();
        assertEquals(expected, String.join("\n", transcript), String.join("\n", transcript));
    }
}
