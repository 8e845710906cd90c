package io.jlivepatch.bench;

import io.jlivepatch.api.Shadow;
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
 * What making and freeing shadow variables costs beside {@code live} variables that stay: a
 * variable made and freed on a new object ({@link #allocFree}), and one made on a new object that
 * then dies without a free, left to the table to drop ({@link #allocDie}). A patch that keeps a
 * variable per request or per connection does the first; one per object of a class, the second.
 * The cost of either should not grow with the variables that stay.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run ShadowChurnBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ShadowChurnBenchmark {

    private static final long LIVE_ID = 43;
    private static final long CHURN_ID = 44;

    /** How many variables stay, each on an object this state keeps. */
    @Param({"0", "200000"})
    int live;

    private Object[] kept;

    @Setup(Level.Trial)
    public void setUp() {
        kept = new Object[live];
        for (int i = 0; i < live; i++) {
            kept[i] = new Object();
            Shadow.alloc(kept[i], LIVE_ID, o -> Boolean.TRUE);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Shadow.freeAll(LIVE_ID, null);
        Shadow.freeAll(CHURN_ID, null);
    }

    @Benchmark
    public Object allocFree() {
        Object o = new Object();
        Object data = Shadow.alloc(o, CHURN_ID, x -> Boolean.TRUE);
        Shadow.free(o, CHURN_ID, null);
        return data;
    }

    @Benchmark
    public Object allocDie() {
        return Shadow.alloc(new Object(), CHURN_ID, x -> Boolean.TRUE);
    }
}
