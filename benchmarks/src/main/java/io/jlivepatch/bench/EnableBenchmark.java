package io.jlivepatch.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Time from {@code enable} to its transition complete (the call returns when it is); each
 * invocation is one enable, the patch disabled again before it ({@link #disable}: the other way
 * round). The loads, side by side in one run:
 * <ul>
 *   <li>{@code idle}: no thread calls the patched method; the fixed cost (the JVM's own threads'
 *       stacks, call sites switched twice, a grace period);
 *   <li>{@code platform-200}: 200 platform threads call the patched {@link BusyTarget#work} in a
 *       loop and park 0.1 ms every 1,024 calls: on two cores, about fifty times what they can run;
 *   <li>{@code virtual-10000}: 10,000 virtual threads (JDK 21+) each call it 16 times, then park
 *       {@link #wait} ms (20 unless asked), as request handlers waiting on I/O would: at 20 more
 *       than two cores can run, at 100 about 0.8 of a core (see {@link #wait});
 *   <li>{@code platform-requests}, asked for by name ({@code -p load=platform-requests}): 200
 *       platform threads as a server's pool runs them, each serving requests of 128 calls and a
 *       10 ms wait, as for I/O: busy, but within what the cores can run while the calls are
 *       compiled (about a fifth of a core for the calls; interpreted, 128 calls take about
 *       150 us instead of 9, some three cores);
 *   <li>{@code platform-mixed}, asked for by name ({@code -p load=platform-mixed}): as
 *       {@code platform-requests}, but 120 of each request's 128 calls go to a twin of the patched
 *       method that no patch touches: the patched method a sixteenth of the work, where in
 *       {@code platform-requests} it is all of it (a deoptimization of it then runs the whole load
 *       in the interpreter, past what the cores can run);
 *   <li>{@code virtual-tasks}, asked for by name ({@code -p load=virtual-tasks}, JDK 21+): a
 *       virtual thread per request, as servers run them, 10,000 in flight: each calls it 16
 *       times, waits {@link #wait} ms and ends, and a new one starts as one ends.
 * </ul>
 * {@link #floor} measures, under the same load, the least time any transition needs there: until
 * the threads inside the method have left it.
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

    @Param({"idle", "platform-200", "virtual-10000"})
    String load;

    /**
     * Milliseconds the invocation's set-up waits after it disabled or enabled the patch, so that
     * the load's code is compiled again before the measured operation (a transition, a
     * retransformation and the completion each deoptimize it): 0 measures an operation right
     * after the one before, as a script would run them; a few seconds, one that comes to a JVM
     * in its steady state, as a patch usually does. Under a load whose whole work is the patched
     * method ({@code platform-requests}), a few seconds after many toggles in one JVM are not
     * enough: a JFR recording showed the method still interpreted ten seconds after a toggle, its
     * compilations thrown away by the next switch ("call site target change"); one enable per
     * fork ({@code -f 12 -wi 0 -i 1}) measures the steady state. With a settle, each measured
     * operation also says what the load got done meanwhile ({@link #report}).
     */
    @Param({"0"})
    long settle;

    /**
     * Milliseconds a virtual thread of {@code virtual-10000} and {@code virtual-tasks} waits after
     * its 16 calls. At 20 (this class's loads as they always were), 10,000 of them ask more than
     * two cores can run: on JDK 25, with no agent, the JVM used 1.98 cores and made 77% of the calls
     * asked for; at 100 it used 0.81 cores and made them all (the README's Transitions).
     */
    @Param({"20"})
    long wait;

    private final List<Thread> threads = new ArrayList<>();
    /**
     * Per loaded thread, one counter per 16 longs (its own cache line), raised before and after
     * each call of the patched method: odd while the thread is inside it. What {@link #floor}
     * reads.
     */
    private long[] calls;
    /** Opaque reads of {@link #calls}: each owner's plain increments, seen from another thread. */
    private static final VarHandle CALLS = MethodHandles.arrayElementVarHandle(long[].class);
    private volatile boolean running;
    private AgentControl agent;
    /** Keeps the busy threads' answers alive, so the JIT cannot drop the calls. */
    volatile int sink;

    @Setup(Level.Trial)
    public void start() throws ReflectiveOperationException {
        if (!List.of("idle", "platform-200", "platform-requests", "platform-mixed", "virtual-10000", "virtual-tasks")
                .contains(load)) {
            throw new IllegalArgumentException("no load named " + load);
        }
        // Loaded (and called once) under every load, so that each enable and disable retransforms
        // it, as they do a class that is in use: in `idle` nothing else would load it.
        sink = BusyTarget.work(1);
        agent = AgentControl.get();
        agent.load(AgentControl.patchJarOf(BusyPatch.class));
        enabled = true;
        running = true;
        calls = new long[16 * (load.startsWith("platform-") ? 200 : load.equals("virtual-10000") ? 10_000
                : load.equals("virtual-tasks") ? TASK_SLOTS : 0)];
        if (load.startsWith("platform-")) {
            boolean requests = load.equals("platform-requests");
            boolean mixed = load.equals("platform-mixed");
            for (int i = 0; i < 200; i++) {
                int slot = 16 * i;
                Thread t = new Thread(requests ? () -> serve(slot) : mixed ? () -> serveMixed(slot) : () -> busy(slot),
                        "busy-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        } else if (load.equals("virtual-10000")) {
            if (Runtime.version().feature() < 21) {
                throw new IllegalStateException("virtual threads need JDK 21+");
            }
            // Through the public Thread.Builder interface: compiled for release 17.
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
            for (int i = 0; i < 10_000; i++) {
                int slot = 16 * i;
                threads.add((Thread) start.invoke(builder, (Runnable) () -> handler(slot)));
            }
        } else if (load.equals("virtual-tasks")) {
            if (Runtime.version().feature() < 21) {
                throw new IllegalStateException("virtual threads need JDK 21+");
            }
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
            Thread spawner = new Thread(() -> spawn(builder, start), "spawner");
            spawner.setDaemon(true);
            threads.add(spawner);
            spawner.start();
        }
    }

    /** Slots of {@link #calls} for {@code virtual-tasks}: one is reused after 39,999 other tasks began, about four lifetimes. */
    private static final int TASK_SLOTS = 40_000;

    /**
     * {@code virtual-tasks}: keeps 10,000 {@link #task}s in flight, each on a new virtual thread,
     * starting one as one ends (as a server with 10,000 requests open would), until the trial ends.
     */
    private void spawn(Object builder, Method start) {
        long started = 0;
        try {
            while (running) {
                inFlight.acquire();
                int slot = 16 * (int) (started++ % TASK_SLOTS);
                start.invoke(builder, (Runnable) () -> task(slot));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Semaphore inFlight = new Semaphore(10_000);

    /** One request of {@code virtual-tasks}, and its thread ends. */
    private void task(int slot) {
        try {
            request(slot, slot);
        } finally {
            // Whatever the call throws: a lost permit would leave the spawner waiting for ever.
            inFlight.release();
        }
    }

    private void busy(int slot) {
        int v = (int) Thread.currentThread().getId();
        long n = 0;
        while (running) {
            count(slot);
            v = BusyTarget.work(v);
            count(slot);
            if (++n % 1024 == 0) {
                sink = v;
                LockSupport.parkNanos(100_000);
            }
        }
    }

    /**
     * Raises the owner's counter: before the call (odd) and after it (even). Opaque stores: the
     * JIT may not merge the two around an inlined call (plain ones merged, and no thread was
     * ever seen inside).
     */
    private void count(int slot) {
        CALLS.setOpaque(calls, slot, (long) CALLS.getOpaque(calls, slot) + 1);
    }

    /**
     * {@code platform-mixed}: requests of 120 calls of {@link BusyOther#work}, which no patch
     * touches, and 8 of the patched method, each request followed by a 10 ms wait: the patched
     * method a sixteenth of the calls, as a patched method of a server is a part of
     * its requests.
     */
    private void serveMixed(int slot) {
        int v = (int) Thread.currentThread().getId();
        while (running) {
            v = mixedRequest(slot, v);
        }
    }

    /** One {@code platform-mixed} request: a method of its own, as a server's handler is. */
    private int mixedRequest(int slot, int v) {
        for (int i = 0; i < 120; i++) {
            v = BusyOther.work(v);
        }
        return request(slot, v, 8, 10_000_000);
    }

    /** {@code platform-requests}: requests of 128 calls, each followed by a 10 ms wait. */
    private void serve(int slot) {
        int v = (int) Thread.currentThread().getId();
        while (running) {
            v = request(slot, v, 128, 10_000_000);
        }
    }

    private void handler(int slot) {
        int v = (int) Thread.currentThread().getId();
        while (running) {
            v = request(slot, v);
        }
    }

    /** A request: 16 calls of the patched method, then a wait of {@link #wait} ms, as for I/O. */
    private int request(int slot, int v) {
        return request(slot, v, 16, wait * 1_000_000);
    }

    private int request(int slot, int v, int n, long waitNanos) {
        for (int i = 0; i < n; i++) {
            count(slot);
            v = BusyTarget.work(v);
            count(slot);
        }
        sink = v;
        LockSupport.parkNanos(waitNanos);
        return v;
    }

    /** Whether the patch is enabled: the load enables it, {@link #floor} leaves it off. */
    private boolean enabled;

    /** Before each invocation: the patch on for {@link #disable}, off for the others. */
    @Setup(Level.Invocation)
    public void toggle(BenchmarkParams params) {
        boolean wanted = params.getBenchmark().endsWith(".disable");
        rateBefore = 0;
        if (enabled != wanted) {
            if (wanted) {
                agent.enable(BusyPatch.ID);
            } else {
                agent.disable(BusyPatch.ID);
            }
            enabled = wanted;
            if (settle > 0) {
                // The load's rate over the settle's last second (at most its second half): what
                // the measured operation's rate is compared with (see report).
                long window = Math.min(1000, settle / 2);
                sleep(settle - window);
                long c0 = loadCalls();
                long t0 = System.nanoTime();
                sleep(window);
                long n = System.nanoTime() - t0;
                rateBefore = calls.length == 0 ? 0 : (loadCalls() - c0) / (double) n;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The load's calls of the patched method so far: half the sum of its counters, each raised
     * twice per call (opaque reads; a call in flight counts as half).
     */
    private long loadCalls() {
        long sum = 0;
        for (int i = 0; i < calls.length; i += 16) {
            sum += (long) CALLS.getOpaque(calls, i);
        }
        return sum / 2;
    }

    /** The load's calls per nanosecond in the settle's last second; 0: not measured (no settle, no load). */
    private double rateBefore;
    /** The load's calls during the measured operation, and the operation's time. */
    private long callsDuring;
    private long nanosDuring;

    /**
     * After each measured operation, outside its time: what the load got done meanwhile, against
     * its rate just before: how much an enable or a disable slows the application down while it
     * runs (a transition deoptimizes the patched method's compiled code, issue 14). Printed on
     * standard error next to the agent's lines, where {@link EnableParts} reads it; only with a
     * settle (the rate before is measured in its last second).
     */
    @TearDown(Level.Invocation)
    public void report(BenchmarkParams params) {
        String op = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        if (rateBefore > 0 && nanosDuring > 0 && (op.equals("enable") || op.equals("disable"))) {
            double rate = callsDuring / (double) nanosDuring;
            System.err.printf(Locale.ROOT, "bench: the load during the %s: %d calls in %.1f ms, %.0f%% of its rate"
                    + " before%n", op, callsDuring, nanosDuring / 1e6, 100 * rate / rateBefore);
        }
        nanosDuring = 0;
    }

    /**
     * Time from {@code disable} to its transition complete; since issue 14 that includes taking
     * the trampoline out of the class again, as {@link #enable} includes putting it back.
     */
    @Benchmark
    public void disable() {
        long c0 = loadCalls();
        long t0 = System.nanoTime();
        agent.disable(BusyPatch.ID);
        nanosDuring = System.nanoTime() - t0;
        callsDuring = loadCalls() - c0;
        enabled = false;
    }

    @Benchmark
    public void enable() {
        long c0 = loadCalls();
        long t0 = System.nanoTime();
        agent.enable(BusyPatch.ID);
        nanosDuring = System.nanoTime() - t0;
        callsDuring = loadCalls() - c0;
        enabled = true;
    }

    /**
     * The floor any consistency model has under this load, in the same run: the time until every
     * loaded thread that was inside the patched method at the start has left it, which a
     * transition must wait for (a thread parked outside it can be switched at once). Nothing is
     * enabled: the invocation's set-up disabled the patch.
     */
    @Benchmark
    public void floor() {
        long[] seen = new long[calls.length];
        for (int i = 0; i < calls.length; i += 16) {
            seen[i] = (long) CALLS.getOpaque(calls, i);
        }
        for (int i = 0; i < calls.length; i += 16) {
            if ((seen[i] & 1) == 0) {
                continue;
            }
            while ((long) CALLS.getOpaque(calls, i) == seen[i]) {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
    }
}
