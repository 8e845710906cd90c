package io.jlivepatch.bench;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * The epoch domain (DESIGN §4): what a read section costs a reader, side by side with no read
 * section, and how long a grace period takes against the number of registered threads, per
 * barrier. Targets (issue 3): an outermost read section at most 2 ns over none; a grace period
 * under 1 ms at the 99th percentile with 64 registered idle threads.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run EpochBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run 'EpochBenchmark.gracePeriod' -bm sample -f 1 -wi 2 -i 3
 * </pre>
 */
public class EpochBenchmark {

    /** What the read section protects: a field read, so the section is not empty. */
    @State(Scope.Benchmark)
    public static class Data {
        volatile int[] published = {1, 2, 3};
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int noReadSection(Data data) {
        return data.published[1];
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int outermostReadSection(Data data) {
        ThreadRecord r = Epoch.enter();
        try {
            return data.published[1];
        } finally {
            Epoch.exit(r);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int nestedReadSection(Data data, Outer outer) {
        // The same section as outermostReadSection, entered inside the one Outer holds open.
        return outermostReadSection(data);
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int outermostReadSectionTwoThreads(Data data) {
        return outermostReadSection(data);
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int noReadSectionTwoThreads(Data data) {
        return noReadSection(data);
    }

    /** Keeps an outer read section open on the benchmark thread, so the measured one nests. */
    @State(Scope.Thread)
    public static class Outer {
        ThreadRecord record;

        @Setup(Level.Iteration)
        public void enter() {
            record = Epoch.enter();
        }

        @TearDown(Level.Iteration)
        public void exit() {
            Epoch.exit(record);
        }
    }

    /**
     * {@code threads} registered threads, parked outside any read section: platform threads, or
     * with {@code -p kind=virtual} (JDK 21+) virtual ones, unmounted while they wait.
     */
    @State(Scope.Benchmark)
    public static class Domain {
        @Param({"1", "16", "64", "256"})
        int threads;

        @Param({"SAFEPOINT", "HANDSHAKE", "VOLATILE"})
        String barrier;

        @Param({"platform"})
        String kind;

        EpochDomain domain;
        final List<Thread> parked = new ArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Setup(Level.Trial)
        public void start() throws InterruptedException {
            domain = new EpochDomain(Barrier.valueOf(barrier), Duration.ofSeconds(10), Duration.ofSeconds(60));
            CountDownLatch registered = new CountDownLatch(threads);
            for (int i = 0; i < threads; i++) {
                Thread t = newThread(() -> {
                    Epoch.exit(Epoch.enter());
                    registered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "registered-" + i);
                t.start();
                parked.add(t);
            }
            registered.await();
        }

        private Thread newThread(Runnable body, String name) {
            switch (kind) {
                case "platform" -> {
                    Thread t = new Thread(body, name);
                    t.setDaemon(true);
                    return t;
                }
                case "virtual" -> {
                    // Thread.ofVirtual().name(name).unstarted(body), by reflection: built for 17.
                    try {
                        Class<?> builder = Class.forName("java.lang.Thread$Builder");
                        Object b = Thread.class.getMethod("ofVirtual").invoke(null);
                        b = builder.getMethod("name", String.class).invoke(b, name);
                        return (Thread) builder.getMethod("unstarted", Runnable.class).invoke(b, body);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("virtual threads need JDK 21+", e);
                    }
                }
                default -> throw new IllegalArgumentException("kind: platform or virtual, not " + kind);
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            release.countDown();
            for (Thread t : parked) {
                t.join();
            }
            Epoch.setVolatileAnnouncements(false);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean gracePeriod(Domain d) {
        return d.domain.synchronize();
    }

    /**
     * Registrations: 1,000 new threads each run their first read section, which registers them,
     * while {@code threads} others are registered (parked). What a transition costs a server
     * that starts a thread per request, each of which registers on its first patched call.
     * {@code Domain}'s barrier is not used. {@code -p kind=virtual} (JDK 21+) for virtual threads.
     *
     * <pre>
     * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run 'EpochBenchmark.registrations' -p threads=10000 -p barrier=VOLATILE -p kind=virtual -f 1 -wi 5 -i 20
     * </pre>
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void registrations(Domain d) throws InterruptedException {
        Thread[] started = new Thread[1_000];
        for (int i = 0; i < started.length; i++) {
            started[i] = d.newThread(() -> Epoch.exit(Epoch.enter()), "new-" + i);
            started[i].start();
        }
        for (Thread t : started) {
            t.join();
        }
    }
}
