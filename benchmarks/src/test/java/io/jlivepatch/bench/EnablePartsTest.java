package io.jlivepatch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's split of an enable rests on this reading of the agent's debug lines. */
class EnablePartsTest {

    /** One invocation's lines as a run prints them: the set-up's disable, then the measured enable. */
    private static List<String> invocation(String header, String arm, String in, String total) {
        return List.of(
                header + "jlivepatch: 'bench-busy': initializing unpatching transition",
                "jlivepatch: 'bench-busy': call sites of 1 method(s) switched to the transition path in 41 µs",
                "jlivepatch: 'bench-busy': starting unpatching transition",
                "jlivepatch: 'bench-busy': unpatching transition round at 415 ms: 212/212 threads switched, held by 0",
                "jlivepatch: 'bench-busy': grace period of the unpatching transition's completion: 371914 µs",
                "jlivepatch: 'bench-busy': call sites of 1 method(s) switched off the transition path in 43 µs",
                "jlivepatch: 'bench-busy': unpatching complete",
                "jlivepatch: trampolines taken out of 1 class(es) in 359260 µs",
                arm,
                "jlivepatch: enabling patch 'bench-busy'",
                "jlivepatch: 'bench-busy': initializing patching transition",
                "jlivepatch: 'bench-busy': call sites of 1 method(s) switched to the transition path in " + in + " µs",
                "jlivepatch: 'bench-busy': starting patching transition",
                "jlivepatch: 'bench-busy': patching transition round at 46 ms: 2/212 threads switched, held by 0",
                "jlivepatch: 'bench-busy': patching transition round at 153 ms: 212/212 threads switched, held by 0",
                "jlivepatch: 'bench-busy': completing patching transition",
                "jlivepatch: 'bench-busy': grace period of the patching transition's completion: 55038 µs",
                "jlivepatch: 'bench-busy': call sites of 1 method(s) switched off the transition path in 136 µs",
                "jlivepatch: 'bench-busy': patching complete",
                total);
    }

    @Test
    void eachMeasuredEnableIsSplitIntoItsPartsAndWarmUpsAreLeftOut() {
        String armed = "jlivepatch: 'bench-busy': trampolines of 1 method(s) put back into 1 class(es) in 68244 µs";
        List<String> lines = new java.util.ArrayList<>();
        lines.addAll(invocation("# Warmup Iteration   1: ", armed, "516863", "999.000 ms/op"));
        lines.addAll(invocation("Iteration   1: ", armed, "516863", "833.018 ms/op"));
        // A linger: nothing put back, so no arm line.
        lines.addAll(invocation("Iteration   2: ", "jlivepatch: nothing", "2000", "300.000 ms/op"));
        EnableParts.Run run = EnableParts.parse(lines);
        List<EnableParts.Enable> enables = run.enables();

        assertEquals(2, enables.size());
        assertEquals(2, run.measuredIterations());
        assertEquals(833.018, enables.get(0).total(), 1e-9);
        assertArrayEquals(new double[] {68.244, 516.863, 153, 55.038, 0.136, 833.018 - 68.244 - 516.863 - 153 - 55.038 - 0.136},
                enables.get(0).parts(), 1e-9);
        assertArrayEquals(new double[] {0, 2, 153, 55.038, 0.136, 300 - 2 - 153 - 55.038 - 0.136},
                enables.get(1).parts(), 1e-9);
        assertEquals("2 enables, median ms: enable 566.5, arm 34.1, in 259.4, rounds 153.0, grace 55.0, out 0.1, other 64.8",
                EnableParts.summary(run));
    }

    /**
     * An iteration whose enable printed no agent line has its score on the iteration's line: it
     * is counted out, and said; a run through several parameter sets is seen as such.
     */
    @Test
    void anEnableWithoutItsLinesIsCountedOutAndSaid() {
        String armed = "jlivepatch: 'bench-busy': trampolines of 1 method(s) put back into 1 class(es) in 68244 µs";
        List<String> lines = new java.util.ArrayList<>();
        lines.add("# Parameters: (load = platform-requests, settle = 0)");
        lines.addAll(invocation("Iteration   1: ", armed, "1000", "100,000 ms/op"));
        lines.add("Iteration   2: 12.000 ms/op");
        lines.add("# Parameters: (load = idle, settle = 0)");
        EnableParts.Run run = EnableParts.parse(lines);

        assertEquals(1, run.enables().size());
        assertEquals(100.0, run.enables().get(0).total(), 1e-9);
        assertEquals(2, run.measuredIterations());
        assertEquals(2, run.parameterSets().size());
        assertTrue(EnableParts.summary(run).startsWith(
                "1 enables (of 2 measured iterations: the others lack the agent's lines), median ms: enable 100.0"),
                EnableParts.summary(run));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, EnableParts.median(new double[] {4, 1, 3, 2}));
        assertEquals(3, EnableParts.median(new double[] {5, 3, 1}));
    }
}
