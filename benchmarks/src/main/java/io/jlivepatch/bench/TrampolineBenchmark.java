package io.jlivepatch.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The cost of the trampoline (DESIGN §3) in its two fast modes, each side by side with its
 * baseline in one run, so that the ratios mean something on a noisy machine:
 *
 * <ul>
 *   <li>{@code *Uninstrumented}: {@link PlainTarget}, which has no trampoline;
 *   <li>{@code *Idle}: the identical {@link IdleTarget}, whose patch was loaded, then disabled.
 *       Since issue 14 the disable takes the trampoline out again, so this measures the method
 *       after its last patch left; with an agent from before, an idle trampoline. Target: within
 *       noise of {@code *Uninstrumented};
 *   <li>{@code *DirectReplacement}: the replacement ({@link StablePatch}) called directly,
 *       receiver first for the instance method;
 *   <li>{@code *Stable}: the identical {@link StableTarget}, whose patch is enabled, so its
 *       trampoline runs the replacement through the stable call site. Target: within noise of
 *       {@code *DirectReplacement}.
 * </ul>
 * "Within noise" is at most 5% or 0.2 ns, whichever is larger. Each mode is measured for an
 * instance method ({@code instance*}) and a static one ({@code static*}), called where the JIT
 * sees them as hot.
 *
 * <p>{@code coldSite*} measure an idle trampoline where the JIT's inlining budget is tight: the
 * call of {@code scramble} (29 bytes of bytecode, 45 with the trampoline) runs on one in eight
 * calls of its caller, below C2's {@code InlineFrequencyRatio}, so C2 inlines it only within
 * {@code MaxInlineSize} (35 bytes) instead of {@code FreqInlineSize} (325). The prologue folds
 * away once inlined, but its bytes count against that limit: on JDK 25, {@code -XX:+PrintInlining}
 * shows {@code IdleTarget::scramble (45 bytes) failed to inline: too big} where
 * {@code PlainTarget::scramble (29 bytes)} is inlined. JDK 17's C2 also counts any call site run
 * {@code InlineFrequencyCount} (100) times as frequent, so there both are inlined. Since the
 * trampoline comes out with the last patch, {@code coldSiteIdle} is the uninstrumented method
 * again; against an agent from before issue 14 ({@code -Djlivepatch.agent=}) it shows the cost.
 *
 * <p>The forks must run with the agent. From the repository root:
 * <pre>
 * mvn -q -B -pl api,agent,benchmarks package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run TrampolineBenchmark \
 *     -f 2 -wi 5 -w 1s -i 5 -r 1s -rf json -rff trampoline.json
 * </pre>
 * {@link Run} adds {@code -javaagent:agent/target/jlivepatch.jar} (found next to the benchmarks
 * jar, or named by {@code -Djlivepatch.agent=PATH}) to every fork. With JMH's own main class
 * the agent must be named explicitly:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TrampolineBenchmark \
 *     -jvmArgsAppend -javaagent:$PWD/agent/target/jlivepatch.jar -f 2 -wi 5 -w 1s -i 5 -r 1s
 * </pre>
 * Each fork prints the agent's {@code list} to standard error once, and fails at once unless
 * every target is in the mode its benchmark claims, before and after the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TrampolineBenchmark {

    static final int SALT = 0x5DEECE66;

    /** Arguments on which every original and its replacement answer differently (see the test). */
    static final int[] PROBES = {0, 1, -1, 42, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE};

    /** Non-final fields of a state object: the JIT must read them on every call. */
    int v = 0x12345678;
    int tick;
    int salt = SALT;
    PlainTarget plain;
    IdleTarget idle;
    StableTarget stable;

    @Setup(Level.Trial)
    public void setUp() {
        plain = new PlainTarget(SALT);
        idle = new IdleTarget(SALT);
        stable = new StableTarget(SALT);
        Patches.loadOnce();
        checkModes();
    }

    /** Checks again with the measured code compiled: a mode must not change under the JIT. */
    @TearDown(Level.Trial)
    public void tearDown() {
        checkModes();
    }

    @Benchmark
    public int instanceUninstrumented() {
        return plain.mix(v);
    }

    @Benchmark
    public int instanceIdle() {
        return idle.mix(v);
    }

    @Benchmark
    public int instanceDirectReplacement() {
        return StablePatch.mix(stable, v);
    }

    @Benchmark
    public int instanceStable() {
        return stable.mix(v);
    }

    @Benchmark
    public int coldSiteUninstrumented() {
        int i = tick++;
        return (i & 7) == 0 ? plain.scramble(i) : i;
    }

    @Benchmark
    public int coldSiteIdle() {
        int i = tick++;
        return (i & 7) == 0 ? idle.scramble(i) : i;
    }

    @Benchmark
    public int staticUninstrumented() {
        return PlainTarget.mixStatic(v, salt);
    }

    @Benchmark
    public int staticIdle() {
        return IdleTarget.mixStatic(v, salt);
    }

    @Benchmark
    public int staticDirectReplacement() {
        return StablePatch.mixStatic(v, salt);
    }

    @Benchmark
    public int staticStable() {
        return StableTarget.mixStatic(v, salt);
    }

    /**
     * Fails unless the idle targets answer as the originals and the stable ones as the
     * replacements: a benchmark that measured the wrong mode would report a meaningless number.
     */
    void checkModes() {
        for (int p : PROBES) {
            int original = plain.mix(p);
            int replaced = StablePatch.mix(stable, p);
            expect("IdleTarget.mix", p, idle.mix(p), original, "the original's (idle trampoline)");
            expect("StableTarget.mix", p, stable.mix(p), replaced, "the replacement's (stable trampoline)");
            expect("IdleTarget.scramble", p, idle.scramble(p), plain.scramble(p), "the original's (idle trampoline)");
            int originalStatic = PlainTarget.mixStatic(p, SALT);
            int replacedStatic = StablePatch.mixStatic(p, SALT);
            expect("IdleTarget.mixStatic", p, IdleTarget.mixStatic(p, SALT), originalStatic,
                    "the original's (idle trampoline)");
            expect("StableTarget.mixStatic", p, StableTarget.mixStatic(p, SALT), replacedStatic,
                    "the replacement's (stable trampoline)");
        }
    }

    private static void expect(String method, int arg, int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(method + "(" + arg + ") answered " + actual + ", not " + expected
                    + ", " + what + ": the benchmark would measure the wrong mode");
        }
    }

    /** The patches, loaded once per fork whatever the number of benchmark threads. */
    static final class Patches {

        private static boolean loaded;

        private Patches() {
        }

        static synchronized void loadOnce() {
            if (loaded) {
                return;
            }
            AgentControl agent = AgentControl.get();
            agent.load(AgentControl.patchJarOf(IdlePatch.class));
            agent.disable(IdlePatch.ID);
            agent.load(AgentControl.patchJarOf(StablePatch.class));
            List<String> listing = agent.list();
            StringBuilder out = new StringBuilder("jlivepatch list:\n");
            listing.forEach(line -> out.append("  | ").append(line).append('\n'));
            System.err.print(out);
            System.err.flush();
            expectListed(listing, IdlePatch.ID + " disabled", "IdleTarget", "disabled",
                    "mix(I)I", "scramble(I)I", "mixStatic(II)I");
            expectListed(listing, StablePatch.ID + " enabled", "StableTarget", "patched", "mix(I)I", "mixStatic(II)I");
            loaded = true;
        }

        /**
         * Fails unless {@code listing} has the patch line beginning with {@code patchLine}, followed
         * by exactly the {@code methods} of {@code target}, each in {@code state}.
         */
        private static void expectListed(List<String> listing, String patchLine, String target, String state,
                String... methods) {
            int at = -1;
            for (int i = 0; i < listing.size(); i++) {
                if (listing.get(i).startsWith(patchLine)) {
                    at = i;
                }
            }
            Set<String> expected = new HashSet<>();
            for (String m : methods) {
                expected.add("  io.jlivepatch.bench." + target + "." + m + " " + state);
            }
            Set<String> shown = new HashSet<>();
            for (int i = at + 1; at >= 0 && i < listing.size() && listing.get(i).startsWith("  "); i++) {
                shown.add(listing.get(i));
            }
            if (!shown.equals(expected)) {
                throw new IllegalStateException("the agent's list does not show '" + patchLine + "' with "
                        + String.join(", ", methods) + " of " + target + " " + state + ":\n"
                        + String.join("\n", listing));
            }
        }
    }
}
