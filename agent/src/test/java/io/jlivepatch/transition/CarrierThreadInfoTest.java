package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The agent never takes a snapshot of a carrier of virtual threads: on Temurin 25.0.3 thread
 * snapshots crash the JVM when a virtual thread mounts or unmounts on it meanwhile
 * (JDK-8392031), which happened in a benchmark fork with 10,000 virtual threads. The carrier
 * tests need JDK 21+; the build's own JDK 17 skips them (run them with
 * {@code -Djvm=<jdk 25>/bin/java}).
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

    /**
     * Review: a pool thread class (a ForkJoinWorkerThread, judged by its own state) that
     * overrides {@code getState()} (not final): its code never runs on the round, and it counts
     * as running Java.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPoolThreadWhoseClassOverridesGetStateIsNeverAskedAndCountsAsRunningJava() throws Exception {
        AtomicBoolean asked = new AtomicBoolean();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1, p -> new ForkJoinWorkerThread(p) {
            @Override
            public State getState() {
                asked.set(true);
                throw new IllegalStateException("not telling");
            }
        }, null, false);
        try {
            Thread worker = pool.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
            assertNull(Transition.infoIds(List.of(worker), Thread.currentThread(), null), "counts as running Java");
            assertFalse(asked.get(), "the thread class's getState() ran");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theStacksOfPlatformThreadsLeaveOutTheCarriersAndRunNoOverride() throws Exception {
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            parked.countDown();
            awaitQuietly(release);
        }, "waiter");
        waiter.start();
        // An application's thread class that overrides getStackTrace: never called by the agent.
        CountDownLatch liarParked = new CountDownLatch(1);
        Thread liar = new Thread(() -> {
            liarParked.countDown();
            awaitQuietly(release);
        }, "liar") {
            @Override
            public StackTraceElement[] getStackTrace() {
                throw new UnsupportedOperationException("the application's override ran");
            }
        };
        liar.start();
        AtomicBoolean spin = new AtomicBoolean(true);
        Thread virtual = null;
        try {
            parked.await();
            liarParked.await();
            // Waiting inside awaitQuietly, not on the way to it.
            while (waiter.getState() != Thread.State.WAITING || liar.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
            Thread carrier = null;
            if (Runtime.version().feature() >= 21) {
                CountDownLatch running = new CountDownLatch(1);
                virtual = startVirtual(() -> {
                    running.countDown();
                    while (spin.get()) {
                        Thread.onSpinWait();
                    }
                });
                running.await();
                carrier = carrier();
                assertTrue(PlatformThreads.isCarrier(carrier));
                assertTrue(Arrays.asList(PlatformThreads.all()).contains(carrier), "enumerated, carriers included");
            }
            Map<Thread, StackTraceElement[]> stacks = PlatformThreads.stacksWithoutCarriers();
            assertTrue(stacks.keySet().stream().noneMatch(PlatformThreads::isCarrier),
                    "no carrier: " + stacks.keySet());
            assertFalse(carrier != null && stacks.containsKey(carrier));
            assertTrue(Arrays.stream(stacks.get(Thread.currentThread()))
                    .anyMatch(e -> e.getMethodName().startsWith("theStacksOfPlatformThreads")));
            assertTrue(Arrays.stream(stacks.get(waiter)).anyMatch(e -> e.getMethodName().equals("awaitQuietly")),
                    "the parked thread's stack: " + Arrays.toString(stacks.get(waiter)));
            // Its real stack, from the batch (JDK 17/18) or its thread info (JDK 19+; left out
            // before, so that one inside a quiescent region at the attach was not marked).
            assertTrue(stacks.containsKey(liar) && Arrays.stream(stacks.get(liar))
                    .anyMatch(e -> e.getMethodName().equals("awaitQuietly")),
                    "liar: " + Arrays.toString(stacks.get(liar)));
        } finally {
            spin.set(false);
            release.countDown();
            waiter.join();
            liar.join();
            if (virtual != null) {
                virtual.join();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
     * groups, without stacks (a thread dump takes thread snapshots too). Told apart from
     * {@link PlatformThreads#isCarrier} (by its class name): a pool worker of the carriers'
     * thread group.
     */
    private static Thread carrier() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            List<Thread> running = Arrays.stream(PlatformThreads.all())
                    .filter(t -> t instanceof ForkJoinWorkerThread && t.getThreadGroup() != null
                            && t.getThreadGroup().getName().equals("CarrierThreads"))
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
