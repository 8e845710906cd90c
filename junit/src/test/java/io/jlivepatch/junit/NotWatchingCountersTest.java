package io.jlivepatch.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.junit.fixture.Gate;
import io.jlivepatch.junit.fixture.IdleCaller;
import io.jlivepatch.junit.patches.GatePatch;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A patched method that runs, in a transition, on a thread inside a quiescent region: the agent
 * warns once per method and counts every call, and the handle reads both.
 */
@LivePatchTest
class NotWatchingCountersTest {

    private static final String VALUE = "io.jlivepatch.junit.fixture.Gate.value()I";

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void callsFromAQuiescentRegionDuringATransitionAreWarnedOnceAndCounted(LivePatches patches) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                Gate.hold(entered, release);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "holder");
        holder.start();
        entered.await();
        BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
        Thread idle = new Thread(() -> {
            try {
                IdleCaller.serve(jobs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "idle-caller");
        idle.start();
        try {
            // The holder's frame in the original hold() keeps the patching transition in flight.
            CompletableFuture<List<String>> load = CompletableFuture.supplyAsync(() -> patches.load(GatePatch.class));
            while (!patches.transition().startsWith("transition 'gate-2' patching")) {
                assertTrue(!load.isDone(), () -> "the load ended before its transition was seen: " + load.join());
                Thread.sleep(5);
            }
            for (int i = 0; i < 3; i++) {
                FutureTask<Integer> call = new FutureTask<>(Gate::value);
                jobs.put(call);
                int v = call.get();
                assertTrue(v == 1 || v == 2, "value() answered " + v);
            }
            assertEquals(3, patches.notWatchingCalls(VALUE));
            release.countDown();
            assertEquals(List.of("gate-2"), load.get(1, TimeUnit.MINUTES));
        } finally {
            release.countDown();
            jobs.put(IdleCaller.STOP);
            holder.join();
            idle.join();
        }
        assertEquals(3, patches.notWatchingCalls(VALUE), "no call after the transition is counted");
        List<String> warnings = patches.transcript().stream().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("warning: 'gate-2': " + VALUE + " ran on thread 'idle-caller' (#"),
                warnings.get(0));
        assertTrue(warnings.get(0).contains(" inside quiescent region io.jlivepatch.junit.fixture.IdleCaller.serve,"),
                warnings.get(0));
        assertTrue(warnings.get(0).contains("; policy watch: "), warnings.get(0));
        assertEquals(2, Gate.value(), "the patch runs once its transition is over");
    }
}
