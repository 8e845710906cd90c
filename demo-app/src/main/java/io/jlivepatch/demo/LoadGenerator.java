package io.jlivepatch.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keeps a {@link DemoService} busy: each thread sends {@code GET /price} requests back to back,
 * going round the orders, and the generator counts requests, failed requests and the answers by
 * value.
 *
 * <p>A request fails only when its HTTP exchange fails: an I/O error, a status other than 200, a
 * body that is not a number. A wrong total is not a failure; it is an answer, counted by value,
 * which is how a caller sees the old and the new code side by side.
 */
public final class LoadGenerator {

    /** Enough to explain a failure; the count says how many there were. */
    private static final int FAILURES_KEPT = 5;

    private final PriceClient client;
    private final List<Order> orders;
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final ConcurrentMap<Order, ConcurrentMap<Long, LongAdder>> answers = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** How long each thread waits between its requests; 0: back to back. */
    private final long pauseMillis;
    private volatile boolean running;

    /** Load on the service at {@code port} with {@link Order#SMALL} and {@link Order#LARGE}. */
    public LoadGenerator(int port, int threadCount) {
        this(port, threadCount, List.of(Order.SMALL, Order.LARGE));
    }

    public LoadGenerator(int port, int threadCount, List<Order> orders) {
        this(port, threadCount, orders, 0);
    }

    /** Load whose threads wait {@code pauseMillis} between requests, leaving the CPU to others. */
    public LoadGenerator(int port, int threadCount, List<Order> orders, long pauseMillis) {
        if (threadCount < 1 || orders.isEmpty() || pauseMillis < 0) {
            throw new IllegalArgumentException("need at least one thread and one order");
        }
        this.client = new PriceClient(port);
        this.orders = List.copyOf(orders);
        this.pauseMillis = pauseMillis;
        NamedDaemonThreads factory = new NamedDaemonThreads("load");
        for (int i = 0; i < threadCount; i++) {
            int firstOrder = i % this.orders.size();
            threads.add(factory.newThread(() -> sendRequests(firstOrder)));
        }
    }

    /**
     * Run as a program, {@code LoadGenerator [--pause-ms N] <threads> <port>...}: keeps each
     * service busy with {@code threads} threads, each waiting N ms between its requests (default
     * 0), until standard input reaches end of file, then prints one line per
     * port, {@code port 8081 requests 5210 failed 0 large-order totals {-1294967296=1200,
     * 3000000000=1405}}, and the first failures. Exits 1 when a request failed, so that a fleet
     * test that stops it learns whether any request failed while the fleet was patched.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int first = args.length > 2 && args[0].equals("--pause-ms") ? 2 : 0;
        if (args.length < first + 2) {
            System.err.println("usage: LoadGenerator [--pause-ms N] <threads> <port>...");
            System.exit(2);
        }
        long pauseMillis = first == 0 ? 0 : Long.parseLong(args[1]);
        int threadCount = Integer.parseInt(args[first]);
        Map<Integer, LoadGenerator> generators = new LinkedHashMap<>();
        for (int i = first + 1; i < args.length; i++) {
            int port = Integer.parseInt(args[i]);
            generators.put(port, new LoadGenerator(port, threadCount, List.of(Order.SMALL, Order.LARGE), pauseMillis));
        }
        generators.values().forEach(LoadGenerator::start);
        System.out.println("load on ports " + generators.keySet());
        System.out.flush();
        byte[] buffer = new byte[256];
        while (System.in.read(buffer) != -1) {
            // input carries no commands; only its end matters
        }
        long failed = 0;
        for (Map.Entry<Integer, LoadGenerator> e : generators.entrySet()) {
            Result result = e.getValue().stop();
            failed += result.failed();
            System.out.println("port " + e.getKey() + " requests " + result.requests() + " failed " + result.failed()
                    + " large-order totals " + result.answers().get(Order.LARGE));
            result.failures().forEach(f -> System.out.println("  failed: " + f));
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    public void start() {
        running = true;
        threads.forEach(Thread::start);
    }

    /** The counts so far; the generator keeps running. */
    public Result snapshot() {
        Map<Order, Map<Long, Long>> answersByOrder = new LinkedHashMap<>();
        for (Order order : orders) {
            Map<Long, Long> byValue = new TreeMap<>();
            answers.getOrDefault(order, new ConcurrentHashMap<>())
                    .forEach((value, count) -> byValue.put(value, count.sum()));
            answersByOrder.put(order, Collections.unmodifiableMap(byValue));
        }
        return new Result(requests.sum(), failed.sum(), Collections.unmodifiableMap(answersByOrder),
                List.copyOf(failures));
    }

    /** Stops every thread after its request in flight and returns the final counts. */
    public Result stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        return snapshot();
    }

    private void sendRequests(int firstOrder) {
        for (int next = firstOrder; running; next = (next + 1) % orders.size()) {
            Order order = orders.get(next);
            try {
                long total = client.price(order);
                answers.computeIfAbsent(order, o -> new ConcurrentHashMap<>())
                        .computeIfAbsent(total, t -> new LongAdder())
                        .increment();
                requests.increment();
            } catch (IOException | RuntimeException e) {
                failed.increment();
                requests.increment();
                if (failures.size() < FAILURES_KEPT) {
                    failures.add(Thread.currentThread().getName() + ": " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Counts of a load run.
     *
     * @param requests requests sent, failed ones included
     * @param failed requests whose HTTP exchange failed
     * @param answers for each order, how many times each total was answered
     * @param failures the first few failures, for the report
     */
    public record Result(long requests, long failed, Map<Order, Map<Long, Long>> answers, List<String> failures) {

        /** How many times the service answered {@code total} for {@code order}. */
        public long count(Order order, long total) {
            return answers.getOrDefault(order, Map.of()).getOrDefault(total, 0L);
        }
    }
}
