package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The sweeps' delays and the setting that changes them (a test's, RedeployIT). */
class SweepDelaysTest {

    private static final long[] STANDARD = {200, 2_000, 20_000};

    @Test
    void noSettingKeepsTheStandardDelays() {
        assertArrayEquals(STANDARD, PatchLoader.sweepDelays(null));
    }

    @Test
    void anAscendingListOfMillisecondsIsTaken() {
        assertArrayEquals(new long[] {200, 1_000, 2_000}, PatchLoader.sweepDelays("200, 1000,2000"));
        assertArrayEquals(new long[] {50}, PatchLoader.sweepDelays("50"));
    }

    @Test
    void anythingElseKeepsTheStandardDelays() {
        for (String bad : new String[] {"", "200,,2000", "2000,200", "200,200", "0,100", "-5", "1s", "200;2000"}) {
            assertArrayEquals(STANDARD, PatchLoader.sweepDelays(bad), bad);
        }
    }
}
