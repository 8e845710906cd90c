package io.jlivepatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * What {@link EnableBenchmark}'s {@code virtual-10000} load asks of the machine, with no agent:
 * as many virtual threads, each making 16 calls of {@link BusyTarget#work} and then waiting (the
 * benchmark's load without its two counter stores per call, on the method uninstrumented), run
 * for 5 s, then for 3 s the process's CPU and the calls made are counted against those asked for. A load
 * that asks more than the cores can run is behind before any transition begins.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.VirtualLoad [threads [wait-ms]]
 * </pre>
 */
public final class VirtualLoad {

    private static volatile boolean running = true;
    /** Keeps the threads' answers alive, so the JIT cannot drop the calls. */
    static volatile int sink;

    private VirtualLoad() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long waitMillis = args.length > 1 ? Long.parseLong(args[1]) : 20;
        if (threads < 1 || waitMillis < 1) {
            throw new IllegalArgumentException("usage: VirtualLoad [threads >= 1 [wait-ms >= 1]]");
        }
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("virtual threads need JDK 21+");
        }
        LongAdder calls = new LongAdder();
        // Through the public Thread.Builder interface: compiled for release 17.
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
        for (int i = 0; i < threads; i++) {
            start.invoke(builder, (Runnable) () -> {
                int v = (int) Thread.currentThread().getId();
                while (running) {
                    for (int k = 0; k < 16; k++) {
                        v = BusyTarget.work(v);
                    }
                    sink = v;
                    calls.add(16);
                    LockSupport.parkNanos(waitMillis * 1_000_000);
                }
            });
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(5_000);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long calls0 = calls.sum();
        Thread.sleep(3_000);
        long cpu = os.getProcessCpuTime() - cpu0;
        long nanos = System.nanoTime() - t0;
        long made = calls.sum() - calls0;
        running = false;
        double asked = threads * 16.0 / waitMillis;
        double perMilli = made / (nanos / 1e6);
        System.out.printf(Locale.ROOT, "%d virtual threads, %d ms wait: %.2f cores busy; %.0f calls/ms made of %.0f asked"
                + " (%.0f%%)%n", threads, waitMillis, cpu / (double) nanos, perMilli, asked, 100 * perMilli / asked);
        System.exit(0);
    }
}
