package io.jlivepatch.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PatchLockTest {

    /**
     * An operation refused busy names what holds the lock, not only its thread (a carried NIT:
     * "held by thread 'jlivepatch-control-3'" said nothing of what that thread was doing), and a
     * nested take by the same thread leaves the outermost taker's words.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRefusalNamesWhatHoldsTheLockOutermostFirst() throws Exception {
        PatchLock lock = PatchLock.get();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            lock.lock("the enable of 'fix'");
            try {
                lock.lock("the sweep for classes loaded without their trampolines");
                lock.unlock();
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "holder-thread");
        holder.start();
        try {
            held.await();
            assertFalse(lock.tryLock(TimeUnit.MILLISECONDS.toNanos(20), "the disable of 'fix'"));
            String said = lock.holder();
            assertTrue(said.matches("the enable of 'fix' \\(thread 'holder-thread'\\) since \\S+Z \\([0-9]+ s\\)"), said);
        } finally {
            done.countDown();
            holder.join();
        }
        assertTrue(lock.tryLock(TimeUnit.SECONDS.toNanos(5), "a test"));
        try {
            assertTrue(lock.holder().startsWith("a test (thread '" + Thread.currentThread().getName() + "')"), lock.holder());
        } finally {
            lock.unlock();
        }
        // A transition's task names its patch without building the words to take the lock.
        lock.lock("a round of the transition of", "fix");
        try {
            assertTrue(lock.holder().startsWith("a round of the transition of 'fix' (thread '"), lock.holder());
            assertFalse(lock.holder().contains("trylock"), lock.holder());
        } finally {
            lock.unlock();
        }
    }

    /**
     * An operation that holds the mutex but waits for an application thread's {@code trylock}
     * section says so (review: the refusal blamed the operation alone).
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHolderWaitingForATrylockSectionSaysSo() throws Exception {
        PatchLock lock = PatchLock.get();
        ThreadRecord pinner = new ThreadRecord(Thread.currentThread());
        assertTrue(PatchLock.tryPin(pinner));
        Thread holder = new Thread(() -> {
            lock.lock("the enable of 'fix'");
            lock.unlock();
        }, "holder-thread");
        try {
            holder.start();
            String said = lock.holder();
            while (!said.contains("trylock")) {
                Thread.sleep(5);
                said = lock.holder();
            }
            assertTrue(said.matches("the enable of 'fix' \\(thread 'holder-thread'\\) since \\S+ \\([0-9]+ s\\), waiting for an"
                    + " application thread's trylock section to end"), said);
        } finally {
            PatchLock.unpin(pinner);
            holder.join();
        }
        assertFalse(lock.holder().contains("trylock"), "the wait is over: " + lock.holder());
    }
}
