package io.jlivepatch.bench;

import io.jlivepatch.api.Shadow;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link Shadow#get} on a hit (issue 11: within a few ns of a baseline without a
 * {@code WeakHashMap}), side by side in one run with two baselines: a
 * {@link ConcurrentHashMap} keyed by the object itself (strong keys, the object's identity
 * {@code equals}: what a patch would write without shadow variables, and leak with), and the
 * field the state would be in had the class been written with it. 4,096 objects with a variable
 * each, looked up round-robin, so the lookups miss the CPU's caches as a server's would.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run ShadowBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ShadowBenchmark {

    private static final long ID = 42;
    private static final int OBJECTS = 4096;

    /** An object whose class would have had the field. */
    static final class Order {
        Integer visits;
    }

    private final Order[] orders = new Order[OBJECTS];
    private final ConcurrentHashMap<Object, Integer> map = new ConcurrentHashMap<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        for (int i = 0; i < OBJECTS; i++) {
            Order o = new Order();
            Integer v = i;
            o.visits = v;
            orders[i] = o;
            map.put(o, v);
            Shadow.alloc(o, ID, x -> v);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Shadow.freeAll(ID, null);
    }

    private Order nextOrder() {
        Order o = orders[next];
        next = (next + 1) & (OBJECTS - 1);
        return o;
    }

    @Benchmark
    public Integer field() {
        return nextOrder().visits;
    }

    @Benchmark
    public Integer concurrentHashMap() {
        return map.get(nextOrder());
    }

    @Benchmark
    public Integer shadowGet() {
        return Shadow.get(nextOrder(), ID);
    }
}
