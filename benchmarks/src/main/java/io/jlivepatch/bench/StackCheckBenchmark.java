package io.jlivepatch.bench;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.transition.StackCheck;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The check a thread makes of its own stack before it switches itself at its outermost exit
 * ({@code StackCheck.mayLeave}): once per thread and transition, so 10,000 times in a transition
 * among 10,000 virtual threads. The stack is {@link #frame} twelve deep over this benchmark and
 * JMH's frames, about what a virtual thread of {@code EnableBenchmark} has. Side by side, what
 * the changing method is: {@code clear}, a method of a class with no frame on the stack (from
 * JDK 22 the walk by classes answers alone); {@code sameClass}, another method of this class,
 * whose frames are on the stack (the exact walk runs after it); {@code held}, {@link #frame}
 * itself, below the leaving frame (the answer is no).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run StackCheckBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StackCheckBenchmark {

    private static final int REQUEST = 7;
    private static final long WORD = Dispatcher.word(REQUEST, Dispatcher.PATCHED, Dispatcher.UNPATCHED, false);

    @Param({"clear", "sameClass", "held"})
    public String changing;

    private StackCheck check;

    @Setup
    public void setUp() {
        check = new StackCheck(REQUEST);
        String self = StackCheckBenchmark.class.getName();
        switch (changing) {
            case "clear" -> check.add("com.example.NotOnTheStack", "frame", "(I)Z");
            case "sameClass" -> check.add(self, "notOnTheStack", "()V");
            case "held" -> check.add(self, "frame", "(I)Z");
            default -> throw new IllegalArgumentException(changing);
        }
        boolean expected = !changing.equals("held");
        if (mayLeave() != expected) {
            throw new IllegalStateException(changing + ": mayLeave answered " + !expected);
        }
    }

    @Benchmark
    public boolean mayLeave() {
        return frame(12);
    }

    /** The stack: the outermost call (depth 0) is the one leaving, its callers below it. */
    private boolean frame(int depth) {
        return depth == 0 ? check.mayLeave(WORD) : frame(depth - 1);
    }

    /** A method of this class that is never on the stack. */
    public static void notOnTheStack() {
    }
}
