package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Whether a transition's next round keeps the retry already scheduled ({@link
 * TransitionDriver#scheduledInTime}). Found by review: a reversal, or a rollback, kept the retry of
 * the direction it left, backed off to up to 250 ms, and its second round waited for it.
 */
class RetryScheduleTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aRetryDueLaterThanTheOneWantedIsSuperseded() {
        long now = 1_000 * MS;
        // The direction left had backed off to 250 ms; the reversal wants its next round in 1 ms.
        assertFalse(TransitionDriver.scheduledInTime(true, now + 250 * MS, now, MS));
        assertFalse(TransitionDriver.scheduledInTime(true, now + MS + 1, now, MS));
    }

    @Test
    void aRetryDueNoLaterIsKept() {
        long now = 1_000 * MS;
        assertTrue(TransitionDriver.scheduledInTime(true, now + MS, now, MS));
        assertTrue(TransitionDriver.scheduledInTime(true, now + 3 * MS, now, 250 * MS));
        // Already due (its task waits for the lock this caller holds).
        assertTrue(TransitionDriver.scheduledInTime(true, now - 5 * MS, now, MS));
    }

    @Test
    void noRetryOfThisTransitionIsNeverKept() {
        long now = 1_000 * MS;
        assertFalse(TransitionDriver.scheduledInTime(false, now, now, 250 * MS));
    }

    @Test
    void nanoTimeMayWrap() {
        long now = Long.MAX_VALUE - 10 * MS;
        assertTrue(TransitionDriver.scheduledInTime(true, now + 20 * MS, now, 250 * MS), "due past the wrap, sooner");
        assertFalse(TransitionDriver.scheduledInTime(true, now + 250 * MS, now, MS), "due past the wrap, later");
    }
}
