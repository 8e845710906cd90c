package io.jlivepatch.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.jlivepatch.junit.fixture.Greeter;
import io.jlivepatch.junit.patches.GreeterPatch;
import io.jlivepatch.junit.patches.GreeterPatch3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * How long each {@link WithPatch} holds, seen from outside: sample classes run by a JUnit
 * launcher in this JVM, while this test's handle reads the transcript of the whole run. The
 * samples are nested classes, which Surefire does not run by themselves.
 */
@LivePatchTest
class ScopeTest {

    @Test
    void aClassPatchHoldsForTheClassAndATestPatchForEachTest(LivePatches patches) {
        TestExecutionSummary summary = run(ClassAndTestScoped.class);
        assertEquals(0, summary.getTotalFailureCount(), () -> failures(summary));
        assertEquals(2, summary.getTestsSucceededCount());
        assertEquals(List.of(), patches.list(), "nothing stays loaded after the class");

        List<String> expected = new ArrayList<>();
        expected.add(Transcript.loaded("greeter-2", "greeter-2.jar"));
        expected.addAll(Transcript.patching("greeter-2"));
        for (int test = 0; test < 2; test++) {
            expected.add(Transcript.loaded("greeter-3", "greeter-3.jar"));
            expected.addAll(Transcript.patching("greeter-3"));
            expected.addAll(Transcript.unpatching("greeter-3"));
            expected.add(Transcript.unloaded("greeter-3"));
        }
        expected.addAll(Transcript.unpatching("greeter-2"));
        expected.add(Transcript.unloaded("greeter-2"));
        patches.assertTranscript(expected);
    }

    @Test
    void aPatchThatCannotLoadFailsTheTestWithTheAgentsReason(LivePatches patches) {
        TestExecutionSummary summary = run(MissingJar.class);
        assertEquals(1, summary.getTotalFailureCount());
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.startsWith("patch jar ") && message.endsWith("no-such-patch.jar does not exist"), message);
        assertEquals(List.of(), patches.list());
    }

    @Test
    void otherAgentArgumentsThanTheRunningAgentsFailTheClassSayingWhy() {
        TestExecutionSummary summary = run(OtherArguments.class);
        assertEquals(1, summary.getTotalFailureCount());
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.startsWith("the jlivepatch agent already runs in this JVM")
                && message.contains("so 'not-watching=warn' cannot be had here; run this test class in a JVM of its own"),
                message);
    }

    /** {@code @WithPatch} registers the extension itself: a class needs no {@code @LivePatchTest}. */
    @Test
    void aClassWithOnlyWithPatchGetsItsPatch() {
        TestExecutionSummary summary = run(OnlyWithPatch.class);
        assertEquals(0, summary.getTotalFailureCount(), () -> failures(summary));
        assertEquals(1, summary.getTestsSucceededCount());
    }

    private static TestExecutionSummary run(Class<?> sample) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample)).build(), listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder s = new StringBuilder();
        summary.getFailures().forEach(f -> s.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return s.toString();
    }

    @LivePatchTest
    @WithPatch(GreeterPatch.class)
    @WithPatch(value = GreeterPatch3.class, scope = WithPatch.Scope.TEST)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class ClassAndTestScoped {

        @Test
        void first() {
            assertEquals(3, Greeter.version());
            assertEquals("HELLO, ADA!", new Greeter("hello").greet("ada"));
        }

        @Test
        void second(LivePatches patches) {
            assertEquals(3, Greeter.version());
            patches.disable("greeter-3");
            assertEquals(2, Greeter.version());
        }
    }

    static class MissingJar {

        @Test
        @WithPatch(jar = "no-such-patch.jar")
        void neverRuns() {
            throw new AssertionError("ran without its patch");
        }
    }

    @LivePatchTest(agent = "not-watching=warn")
    static class OtherArguments {

        @Test
        void neverRuns() {
            throw new AssertionError("ran with the agent's other arguments");
        }
    }

    @WithPatch(GreeterPatch.class)
    static class OnlyWithPatch {

        @Test
        void runsPatched() {
            assertEquals(2, Greeter.version());
        }
    }
}
