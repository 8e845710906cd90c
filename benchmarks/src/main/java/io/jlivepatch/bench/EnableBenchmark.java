package io.jlivepatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from {@code enable} to its transition complete (the call returns when it is), with
 * {@code busyThreads} threads calling the patched {@link BusyTarget#work} in a loop; each
 * invocation is one enable, the patch disabled again before it. With 0 busy threads it shows the
 * fixed cost: stack snapshots of the JVM's own threads, call sites switched twice, a grace period.
 * The busy threads yield a core now and then, as a service's request threads would.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run EnableBenchmark -f 1 -wi 5 -i 30
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 30, batchSize = 1)
public class EnableBenchmark {

    @Param({"0", "200"})
    int busyThreads;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private AgentControl agent;
    /** Keeps the busy threads' answers alive, so the JIT cannot drop the calls. */
    volatile int sink;

    @Setup(Level.Trial)
    public void start() {
        agent = AgentControl.get();
        agent.load(AgentControl.patchJarOf(BusyPatch.class));
        running = true;
        for (int i = 0; i < busyThreads; i++) {
            Thread t = new Thread(this::busy, "busy-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void busy() {
        int v = (int) Thread.currentThread().getId();
        long n = 0;
        while (running) {
            v = BusyTarget.work(v);
            if (++n % 1024 == 0) {
                sink = v;
                LockSupport.parkNanos(100_000);
            }
        }
    }

    @Setup(Level.Invocation)
    public void disable() {
        agent.disable(BusyPatch.ID);
    }

    @Benchmark
    public void enable() {
        agent.enable(BusyPatch.ID);
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
    }
}
