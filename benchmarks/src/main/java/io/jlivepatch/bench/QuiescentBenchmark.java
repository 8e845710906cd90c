package io.jlivepatch.bench;

import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.EpochDomain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Quiescent regions (DESIGN §5):
 * <ul>
 *   <li>{@code region} against {@code plain}: a {@code @Quiescent} method, entered and left
 *       (two volatile stores and the record lookup), next to its unannotated twin. Target: at most
 *       10 ns per pair;
 *   <li>{@code gracePeriod}: grace-period latency with {@code offlineThreads} threads blocked in
 *       a long wait inside a quiescent region. Target: 1,000 offline threads no worse than none.
 * </ul>
 * The forks must run with the agent, which makes the annotated methods regions:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run 'QuiescentBenchmark.(region|plain)' -f 2 -wi 3 -w 1s -i 5 -r 1s
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run 'QuiescentBenchmark.gracePeriod' -f 1 -wi 2 -w 1s -i 3 -r 1s
 * </pre>
 */
@State(Scope.Thread)
public class QuiescentBenchmark {

    int v = 0x12345678;

    @Setup(Level.Trial)
    public void regionsAreInstrumented() {
        if (!QuiescentTarget.offlineInside()) {
            throw new IllegalStateException("@Quiescent methods are not regions in this fork: is the agent loaded?");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int region() {
        return QuiescentTarget.region(v);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int plain() {
        return QuiescentTarget.plain(v);
    }

    /** {@code offlineThreads} threads blocked inside a quiescent region. */
    @State(Scope.Benchmark)
    public static class Offline {
        @Param({"0", "1000"})
        int offlineThreads;

        @Param({"SAFEPOINT", "HANDSHAKE", "VOLATILE"})
        String barrier;

        EpochDomain domain;
        final List<Thread> idle = new ArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Setup(Level.Trial)
        public void start() throws InterruptedException {
            domain = new EpochDomain(Barrier.valueOf(barrier), Duration.ofSeconds(10), Duration.ofSeconds(60));
            CountDownLatch started = new CountDownLatch(offlineThreads);
            for (int i = 0; i < offlineThreads; i++) {
                Thread t = new Thread(() -> {
                    try {
                        QuiescentTarget.idle(started, release);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "offline-" + i);
                t.setDaemon(true);
                t.start();
                idle.add(t);
            }
            started.await();
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            release.countDown();
            for (Thread t : idle) {
                t.join();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean gracePeriod(Offline o) {
        return o.domain.synchronize();
    }
}
