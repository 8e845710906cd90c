package io.jlivepatch.bench;

import io.jlivepatch.bootstrap.Epoch;
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
 *   <li>{@code gracePeriod}: grace-period latency beside 1,000 threads blocked in a long wait
 *       inside a quiescent region, each after a read section of its own, against none, and
 *       against 1,000 threads blocked outside any region (see {@link Offline}). Target: 1,000
 *       offline threads no worse than none. The first grace period still reads them, and drops
 *       them; the warm-up absorbs it.
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

    /**
     * The threads a grace period runs beside: {@code others} is {@code none}, or 1,000 threads
     * that each ran a read section and then block inside a quiescent region ({@code offline}), or
     * 1,000 threads that block outside any region and never ran a read section ({@code parked}:
     * what 1,000 threads cost the JVM's own barriers, registered or not). With
     * {@code onlineReader}, one more thread, registered and online, idle between read sections,
     * as a patched application's workers are, so that the barrier has someone to fence and runs.
     */
    @State(Scope.Benchmark)
    public static class Offline {
        @Param({"none", "offline", "parked"})
        String others;

        @Param({"true"})
        boolean onlineReader;

        @Param({"SAFEPOINT", "HANDSHAKE", "VOLATILE"})
        String barrier;

        static final int THREADS = 1000;

        EpochDomain domain;
        final List<Thread> idle = new ArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Setup(Level.Trial)
        public void start() throws InterruptedException {
            domain = new EpochDomain(Barrier.valueOf(barrier), Duration.ofSeconds(10), Duration.ofSeconds(60));
            int n = switch (others) {
                case "none" -> 0;
                case "offline", "parked" -> THREADS;
                default -> throw new IllegalArgumentException("others: none, offline or parked, not " + others);
            };
            boolean offline = others.equals("offline");
            CountDownLatch started = new CountDownLatch(n + (onlineReader ? 1 : 0));
            for (int i = 0; i < n; i++) {
                idle.add(start(offline ? "offline-" + i : "parked-" + i, () -> {
                    if (offline) {
                        // A worker that has run read sections (a patched call) before it parks:
                        // registered, and read by grace periods until one sees it offline.
                        Epoch.exit(Epoch.enter());
                        QuiescentTarget.idle(started, release);
                    } else {
                        started.countDown();
                        release.await();
                    }
                }));
            }
            if (onlineReader) {
                idle.add(start("online-reader", () -> {
                    Epoch.exit(Epoch.enter());
                    started.countDown();
                    release.await();
                }));
            }
            started.await();
        }

        private static Thread start(String name, Blocking body) {
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        interface Blocking {
            void run() throws InterruptedException;
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
