package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.BadMessageCallbacks;
import io.jlivepatch.it.patches.CallbacksPatch;
import io.jlivepatch.it.patches.LateReentrantCallbackPatch;
import io.jlivepatch.it.patches.ReentrantCallbackPatch;
import io.jlivepatch.it.patches.RefusingPrePatch;
import io.jlivepatch.it.patches.ThrowingPrePatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's callback rules (Documentation/livepatch/callbacks.rst) on a real JVM: pre-patch
 * before the patching transition, post-patch after it, pre-unpatch before the unpatching one,
 * post-unpatch after it and its grace period; a refusing pre-patch applies nothing and earns no
 * post-unpatch. Also: 200 load/unload rounds leave no class behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbacksIT {

    @TempDir
    static Path jars;

    private TargetJvm target;

    @BeforeAll
    void startTarget() {
        // With another agent, for the classes the JVM lists (Fixture.loadedClassesAfterGc): each
        // round now retransforms the target class twice (its trampoline in at the load, out at
        // the disable), and the JVM's loaded-class count grows by one per retransformation.
        target = TargetJvm.builder().jvmOption("-javaagent:" + PatchJars.otherAgent(jars) + "=-").start();
    }

    @AfterAll
    void stopTarget() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    void callbacksRunInTheKernelsOrder() {
        Path jar = PatchJars.of(jars, "callbacks", CallbacksPatch.class);
        assertEquals("callback-target=original", target.call("callback-target"));
        Cli.load(target.pid(), jar).assertSuccess();
        assertEquals("callback-events=pre-patch,post-patch", target.call("callback-events"));
        assertEquals("callback-target=patched", target.call("callback-target"));
        Cli.disable(target.pid(), "callbacks").assertSuccess();
        assertEquals("callback-events=pre-unpatch,post-unpatch", target.call("callback-events"));
        assertEquals("callback-target=original", target.call("callback-target"));
        Cli.enable(target.pid(), "callbacks").assertSuccess();
        assertEquals("callback-events=pre-patch,post-patch", target.call("callback-events"));
        Cli.disable(target.pid(), "callbacks").assertSuccess();
        Cli.unload(target.pid(), "callbacks").assertSuccess();
        assertEquals("callback-events=pre-unpatch,post-unpatch", target.call("callback-events"));
    }

    @Test
    void aPrePatchThatRefusesAppliesNothing() {
        Path jar = PatchJars.of(jars, "refusing", RefusingPrePatch.class);
        String reason = Cli.load(target.pid(), jar).assertFailure();
        assertTrue(reason.contains("pre-patch callback") && reason.contains("refused"), reason);
        assertEquals("callback-events=refusing-pre-patch", target.call("callback-events"),
                "no post-unpatch for an object whose pre-patch failed");
        assertEquals("callback-target=original", target.call("callback-target"));
        assertFalse(Cli.list(target.pid()).patchList().has("refusing"), "a refused patch is not left loaded");
    }

    @Test
    void aPrePatchThatThrowsIsNamedInTheRefusal() {
        Path jar = PatchJars.of(jars, "throwing", ThrowingPrePatch.class);
        String reason = Cli.load(target.pid(), jar).assertFailure();
        assertTrue(reason.contains("not today"), reason);
        assertEquals("callback-target=original", target.call("callback-target"));
        assertFalse(Cli.list(target.pid()).patchList().has("throwing"));
    }

    /**
     * A callback's exception whose message throws: a post-patch callback's is logged and the
     * patch is enabled; a pre-patch callback's refuses the load, naming the exception's class
     * (found by review: it escaped the completion, the load was never answered, and the agent
     * refused every operation for good).
     */
    @Test
    void aCallbackExceptionThatCannotSayItselfIsNamedAndTheAgentGoesOn() {
        Path post = PatchJars.of(jars, "bad-message-post", BadMessageCallbacks.Post.class, BadMessageCallbacks.Unsayable.class);
        Cli.load(target.pid(), post).assertSuccess();
        assertEquals("callback-target=bad-message-post", target.call("callback-target"));
        Cli.disable(target.pid(), "bad-message-post").assertSuccess();
        Cli.unload(target.pid(), "bad-message-post").assertSuccess();
        Path pre = PatchJars.of(jars, "bad-message-pre", BadMessageCallbacks.Pre.class, BadMessageCallbacks.Unsayable.class);
        String reason = Cli.load(target.pid(), pre).assertFailure();
        assertTrue(reason.contains("io.jlivepatch.it.patches.BadMessageCallbacks$Unsayable (its message threw)"), reason);
        assertFalse(Cli.list(target.pid()).patchList().has("bad-message-pre"));
        assertEquals("callback-target=original", target.call("callback-target"));
        target.call("callback-events");
    }

    /**
     * A callback that calls the agent through its MXBean runs under the patch lock: the agent
     * refuses it at once (found by review: the nested disable waited for a transition that needs
     * that lock, and the agent was stuck for good).
     */
    @Test
    void aCallbackThatCallsTheAgentIsRefusedAndTheAgentGoesOn() {
        Cli.load(target.pid(), PatchJars.of(jars, "callbacks-under", CallbacksPatch.class)).assertSuccess();
        target.call("callback-events");
        String refused = "callback-events=reentrant:refused: this thread runs a patch's callback; a callback may not"
                + " load, enable, disable, force or unload patches";
        Cli.load(target.pid(), PatchJars.of(jars, "reentrant", ReentrantCallbackPatch.class)).assertSuccess();
        assertEquals(refused, target.call("callback-events"));
        // Through an enable, which no load in progress refuses: the nested disable went through
        // under the lock, inside the completion.
        Cli.disable(target.pid(), "reentrant").assertSuccess();
        Cli.enable(target.pid(), "reentrant").assertSuccess();
        assertEquals(refused, target.call("callback-events"));
        assertTrue(Cli.list(target.pid()).patchList().get("callbacks").enabled());
        Cli.disable(target.pid(), "reentrant").assertSuccess();
        Cli.unload(target.pid(), "reentrant").assertSuccess();
        Cli.disable(target.pid(), "callbacks").assertSuccess();
        Cli.unload(target.pid(), "callbacks").assertSuccess();
        target.call("callback-events");
    }

    /**
     * The same from a class that loads after its patch, whose callbacks run on the application
     * thread that first calls it, without the patch lock (second review: the nested disable
     * waited for that very thread to switch, and the application call never answered).
     */
    @Test
    void aLateClassCallbackThatCallsTheAgentIsRefusedAndTheCallAnswers() throws Exception {
        try (TargetJvm late = TargetJvm.startFixture()) {
            Cli.load(late.pid(), PatchJars.of(jars, "late-reentrant", LateReentrantCallbackPatch.class)).assertSuccess();
            java.util.concurrent.CompletableFuture<String> call = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> late.call("late-callback"));
            assertTrue(call.get(60, java.util.concurrent.TimeUnit.SECONDS).endsWith("patched"), "the late class's call");
            assertEquals("callback-events=late-reentrant:refused: this thread runs a patch's callback; a callback may not"
                    + " load, enable, disable, force or unload patches", late.call("callback-events"));
            assertTrue(Cli.list(late.pid()).patchList().get("late-reentrant").enabled());
        }
    }

    @Test
    void twoHundredLoadAndUnloadRoundsLeaveNoClassBehind() {
        Path jar = PatchJars.of(jars, "callbacks-leak", CallbacksPatch.class);
        Cli.load(target.pid(), jar).assertSuccess();
        ControlClient control = ControlClient.of(target.pid());
        control.run("disable", "callbacks");
        control.run("unload", "callbacks");
        long before = loadedClasses();
        for (int round = 0; round < 200; round++) {
            control.run("load", jar.toString());
            control.run("disable", "callbacks");
            control.run("unload", "callbacks");
        }
        long after = loadedClasses();
        target.call("callback-events");
        // Each round defines one hidden class; 200 rounds that kept them would show 200 more.
        assertTrue(after - before < 50, "loaded classes before " + before + ", after 200 rounds " + after);
    }

    private long loadedClasses() {
        String answer = target.call("loaded-classes");
        return Long.parseLong(answer.substring(answer.indexOf('=') + 1));
    }
}
