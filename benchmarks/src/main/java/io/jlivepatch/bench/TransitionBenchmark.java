package io.jlivepatch.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The trampoline's transition path (DESIGN §3, mode 3: a read section, the thread's latched
 * state, the dispatcher's selection, then the replacement through an exact invocation) side by
 * side with the stable path running the same replacement. Target: at most 3 ns over stable.
 *
 * <ul>
 *   <li>{@code *Stable}: {@link StableTarget}, whose patch is enabled and complete;
 *   <li>{@code *Transition}: the identical {@link TransitionTarget}, whose patch's transition a
 *       thread parked inside {@link TransitionTarget#hold} keeps open. The benchmark thread has
 *       switched, so it runs the replacement, as the stable one does.
 * </ul>
 * The transition must stay open for the whole fork, so the agent must not back it out:
 * {@link Run} starts the forks with {@code transition-timeout=0}. Command, from the repository root:
 * <pre>
 * mvn -q -B -pl api,agent,benchmarks package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run TransitionBenchmark \
 *     -f 2 -wi 5 -w 1s -i 5 -r 1s
 * </pre>
 * Each fork fails at once unless the list shows the transition in flight, before and after.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TransitionBenchmark {

    int v = 0x12345678;
    int salt = TrampolineBenchmark.SALT;
    StableTarget stable;
    TransitionTarget inTransition;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        stable = new StableTarget(salt);
        inTransition = new TransitionTarget(salt);
        // Loaded before its patch, as in TrampolineBenchmark, whose patches these are.
        new IdleTarget(salt).mix(v);
        TrampolineBenchmark.Patches.loadOnce();
        Held.openOnce();
        for (int p : TrampolineBenchmark.PROBES) {
            int replaced = StablePatch.mix(stable, p);
            if (inTransition.mix(p) != replaced || stable.mix(p) != replaced
                    || TransitionTarget.mixStatic(p, salt) != StablePatch.mixStatic(p, salt)) {
                throw new IllegalStateException("a target does not run its replacement for " + p);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stillInTransition() {
        Held.expectInTransition();
    }

    @Benchmark
    public int instanceStable() {
        return stable.mix(v);
    }

    @Benchmark
    public int instanceTransition() {
        return inTransition.mix(v);
    }

    @Benchmark
    public int staticStable() {
        return StableTarget.mixStatic(v, salt);
    }

    @Benchmark
    public int staticTransition() {
        return TransitionTarget.mixStatic(v, salt);
    }

    /** The holder thread and the load of {@link TransitionPatch}, once per fork. */
    static final class Held {

        private static boolean open;

        private Held() {
        }

        static synchronized void openOnce() throws InterruptedException {
            if (open) {
                return;
            }
            CountDownLatch arrived = new CountDownLatch(1);
            Thread holder = new Thread(() -> {
                try {
                    TransitionTarget.hold(arrived);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-holder");
            holder.setDaemon(true);
            holder.start();
            arrived.await();
            // The load waits for a transition that never completes: on a thread of its own.
            AgentControl agent = AgentControl.get();
            Thread loader = new Thread(() -> agent.load(AgentControl.patchJarOf(TransitionPatch.class)), "bench-loader");
            loader.setDaemon(true);
            loader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!inTransition(agent.list())) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the transition did not start:\n" + String.join("\n", agent.list()));
                }
                Thread.sleep(10);
            }
            // Wait for this thread's switch: until then it runs the original.
            while (new TransitionTarget(0).mix(1) == new PlainTarget(0).mix(1)) {
                Thread.sleep(10);
            }
            open = true;
        }

        static void expectInTransition() {
            List<String> listing = AgentControl.get().list();
            if (!inTransition(listing)) {
                throw new IllegalStateException("the transition ended under the benchmark (was the agent started"
                        + " with transition-timeout=0?):\n" + String.join("\n", listing));
            }
        }

        private static boolean inTransition(List<String> listing) {
            return listing.stream().anyMatch(l -> l.startsWith(TransitionPatch.ID + " enabled (patching: "));
        }
    }
}
