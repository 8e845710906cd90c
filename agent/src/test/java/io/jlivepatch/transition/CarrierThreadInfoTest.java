package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A round never asks the thread infos about a carrier of virtual threads: on Temurin 25.0.3 they
 * crash the JVM when a virtual thread mounts or unmounts on it meanwhile (JDK-8392031), which
 * happened in a benchmark fork with 10,000 virtual threads. JDK 21+; the build's own JDK 17
 * skips it (run it with {@code -Djvm=<jdk 25>/bin/java}).
 */
class CarrierThreadInfoTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aCarrierIsJudgedByItsOwnStateAndNeverNamedToTheThreadInfos() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        AtomicBoolean spin = new AtomicBoolean(true);
        CountDownLatch running = new CountDownLatch(1);
        Thread virtual = startVirtual(() -> {
            running.countDown();
            while (spin.get()) {
                Thread.onSpinWait();
            }
        });
        try {
            running.await();
            Thread carrier = carrier();
            Thread self = Thread.currentThread();
            // Running a virtual thread: it runs Java, no thread info needed.
            assertEquals(Thread.State.RUNNABLE, carrier.getState());
            assertNull(Transition.infoIds(List.of(carrier), self, null), "a carrier running a virtual thread runs Java");
            spin.set(false);
            virtual.join();
            // Idle (parked in its pool): left out, as the round's own thread is.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (carrier.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long[] ids = Transition.infoIds(List.of(carrier), self, null);
            assertNotNull(ids);
            assertEquals(List.of(self.getId()), Arrays.stream(ids).boxed().toList(),
                    "the idle carrier is not named to the thread infos");
        } finally {
            spin.set(false);
        }
    }

    /** Starts a virtual thread; through reflection, since the agent compiles for release 17. */
    private static Thread startVirtual(Runnable task) throws ReflectiveOperationException {
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
        return (Thread) start.invoke(builder, task);
    }

    /**
     * The JDK's carrier thread that runs the spinning virtual thread: once it is the only
     * carrier running (another may still be looking for work for a moment), from the thread
     * groups, without stacks (a thread dump takes thread snapshots too).
     */
    private static Thread carrier() throws InterruptedException {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Thread[] threads = new Thread[2 * root.activeCount() + 64];
            int n = root.enumerate(threads, true);
            List<Thread> running = Arrays.stream(threads, 0, n)
                    .filter(t -> t.getClass().getName().equals("jdk.internal.misc.CarrierThread"))
                    .filter(t -> t.getState() == Thread.State.RUNNABLE)
                    .toList();
            if (running.size() == 1) {
                return running.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not one running carrier thread: " + running);
            }
            Thread.sleep(10);
        }
    }
}
