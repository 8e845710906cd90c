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
                "jlivepatch: 'bench-busy': unpatching transition started in 99000 µs, 1 of them on a core",
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
                "jlivepatch: 'bench-busy': patching transition started in 7000 µs, 300 of them on a core",
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
        assertArrayEquals(new double[] {68.244, 516.863, 7, 153, 55.038, 0.136,
            833.018 - 68.244 - 516.863 - 7 - 153 - 55.038 - 0.136}, enables.get(0).parts(), 1e-9);
        assertArrayEquals(new double[] {0, 2, 7, 153, 55.038, 0.136, 300 - 2 - 7 - 153 - 55.038 - 0.136},
                enables.get(1).parts(), 1e-9);
        assertEquals("2 enables, median ms: enable 566.5, arm 34.1, in 259.4, start 7.0, rounds 153.0, grace 55.0,"
                + " out 0.1, other 57.8", EnableParts.summary(run));
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

    /**
     * A run of one enable per fork, with a settle: the load's rate during each enable, in percent
     * of its rate before, is read from the benchmark's own line (printed after the agent's, before
     * the score) and given as a median; the disable's line of the set-up is not the enable's.
     */
    @Test
    void theLoadsRateDuringEachEnableIsReadAcrossForks() {
        String armed = "jlivepatch: nothing";
        List<String> lines = new java.util.ArrayList<>();
        for (String[] fork : new String[][] {{"41", "400.000 ms/op"}, {"87", "90.000 ms/op"}, {"12", "800.000 ms/op"}}) {
            lines.add("# Fork: 1 of 3");
            lines.add("# Parameters: (load = platform-requests, settle = 5000)");
            List<String> inv = new java.util.ArrayList<>(invocation("Iteration   1: ", armed, "2000", fork[1]));
            inv.add(1, "bench: the load during the disable: 5 calls in 1.0 ms, 3% of its rate before");
            inv.add(inv.size() - 1, "bench: the load during the enable: 400000 calls in 400.0 ms, " + fork[0]
                    + "% of its rate before");
            // The agent's rounds as they say their CPU time: 2 and 3 ms, summed per enable.
            inv.replaceAll(l -> l.replace("round at 46 ms: 2/212 threads switched, held by 0",
                    "round at 46 ms: 2/212 threads switched, held by 0; the round took 40000 µs, 2000 of them on a core")
                    .replace("round at 153 ms: 212/212 threads switched, held by 0",
                    "round at 153 ms: 212/212 threads switched, held by 0; the round took 90000 µs, 3000 of them on a core"));
            lines.addAll(inv);
        }
        EnableParts.Run run = EnableParts.parse(lines);

        assertEquals(3, run.enables().size());
        assertEquals(1, run.parameterSets().size());
        assertEquals(87, run.enables().get(1).loadPercent(), 1e-9);
        assertEquals(5.0, run.enables().get(1).roundsCpu(), 1e-9);
        assertEquals(153, run.enables().get(1).parts()[3], 1e-9);
        assertTrue(EnableParts.summary(run).endsWith("; the rounds' own CPU time, median 5.0 ms"
                + "; the load's rate during the enable, median 41% of its rate before (min 12%, 3 enables)"),
                EnableParts.summary(run));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, EnableParts.median(new double[] {4, 1, 3, 2}));
        assertEquals(3, EnableParts.median(new double[] {5, 3, 1}));
    }
}
