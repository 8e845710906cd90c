package io.jlivepatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jlivepatch.junit.LivePatchTest;
import io.jlivepatch.junit.LivePatches;
import io.jlivepatch.junit.Transcript;
import io.jlivepatch.junit.WithPatch;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The demo's hand-written patch, live in this JVM: {@link Pricing} answers what the fix computes
 * while the patch is enabled, and the original again once it is disabled. The patch classes are
 * compiled apart from the application (src/patch/java) and reach only the test class path, at run
 * time, hence {@code names}; {@code Overflow} is listed because the patch calls its
 * package-private method.
 */
@LivePatchTest
@WithPatch(names = {"io.jlivepatch.demo.patch.FixPricing", "io.jlivepatch.demo.patch.Overflow"},
        scope = WithPatch.Scope.TEST)
class FixPricingTest {

    private static final String ID = "fix-pricing";

    private final Pricing pricing = new Pricing();

    @Test
    void thePatchedTotalNoLongerWraps() throws ReflectiveOperationException {
        assertEquals(3_000_000_000L, pricing.total(3_000_000, 1_000));
        assertEquals(product(Integer.MAX_VALUE, Integer.MAX_VALUE), pricing.total(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(1_000L, pricing.total(250, 4));
        assertEquals(0L, pricing.total(0, 7));
        assertEquals(2L, saved(pricing), "two totals saved from wrapping, in a shadow variable");
        assertEquals(0L, saved(new Pricing()), "a shadow variable is per object");
    }

    @Test
    void whereTheOriginalIsRightThePatchAgrees(LivePatches patches) {
        int[][] lines = {{1, 1}, {250, 4}, {46_340, 46_340}, {Integer.MAX_VALUE, 1}, {1, Integer.MAX_VALUE}};
        List<Long> patched = new ArrayList<>();
        for (int[] line : lines) {
            patched.add(pricing.total(line[0], line[1]));
        }
        patches.disable(ID);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(pricing.total(lines[i][0], lines[i][1]), patched.get(i));
        }
        assertEquals(-1_294_967_296L, pricing.total(3_000_000, 1_000), "the bug is back once the patch is disabled");
    }

    @Test
    void negativeArgumentsAreRefusedWithTheOriginalMessage(LivePatches patches) {
        String patched = assertThrows(IllegalArgumentException.class, () -> pricing.total(-5, 2)).getMessage();
        patches.disable(ID);
        String original = assertThrows(IllegalArgumentException.class, () -> pricing.total(-5, 2)).getMessage();
        assertEquals(original, patched);
    }

    @Test
    void theAgentLoadsItAsDeclared(LivePatches patches) {
        assertEquals(List.of(ID + " enabled \"Pricing.total: multiply in long, so totals past Integer.MAX_VALUE cents no"
                + " longer wrap\"", "  io.jlivepatch.demo.Pricing.total(II)J patched"), patches.list());
        List<String> expected = new ArrayList<>();
        expected.add(Transcript.loaded(ID, ID + ".jar"));
        expected.addAll(Transcript.patching(ID));
        patches.assertTranscript(expected);
    }

    /**
     * The demo's idle worker prices inside its quiescent region: with the patch enabled it gets
     * the fixed total there too, and since no transition is in flight, the agent neither warns
     * nor counts the call as not watched (there is nothing to protect).
     */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void theIdleWorkerRunsThePatchInItsQuiescentRegionWithoutAWarning(LivePatches patches) throws InterruptedException {
        try (IdleWorker worker = new IdleWorker(pricing, new Order(3_000_000, 1_000))) {
            worker.start();
            while (worker.quotes() == 0) {
                Thread.sleep(1);
            }
            assertEquals(3_000_000_000L, worker.lastTotal());
        }
        assertEquals(0, patches.notWatchingCalls("io.jlivepatch.demo.Pricing.total(II)J"));
        assertEquals(List.of(), patches.transcript().stream().filter(l -> l.startsWith("warning: ")).toList());
    }

    /** What the patch's helper class counted for {@code p}: its shadow variable, read through the api. */
    private static long saved(Pricing p) throws ReflectiveOperationException {
        return (long) Class.forName("io.jlivepatch.demo.patch.Overflow").getMethod("saved", Object.class).invoke(null, p);
    }

    private static long product(int a, int b) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).longValueExact();
    }
}
