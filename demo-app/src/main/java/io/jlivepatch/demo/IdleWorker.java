package io.jlivepatch.demo;

import io.jlivepatch.api.Quiescent;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A background thread that spends nearly all its time waiting: it re-prices a standing order
 * whenever it has been idle for a tick, and prices any order handed to it by {@link #reprice}.
 * It is the JVM's counterpart of the kernel's idle task, the thread that a live patch transition
 * must switch although it is almost never running.
 *
 * <p>{@link #idleLoop()} is a quiescent region ({@code @Quiescent}): while the worker waits, and
 * while it prices, the jlivepatch agent does not track the thread for reclamation, and grace
 * periods never wait for it. Its call of the patched {@link Pricing#total} during a transition is
 * then the not-watching case, and the agent warns once about it. The loop returns every
 * {@value #ROUND_MILLIS} ms and is entered again: an agent attached to the running service marks
 * the region by retransforming the class, which changes later calls only, never a frame that is
 * running already.
 */
public final class IdleWorker implements AutoCloseable {

    private static final long TICK_MILLIS = 5;
    private static final long ROUND_MILLIS = 1000;

    /** Compared by identity: no order a caller builds is ever this one. */
    private static final Order STOP = new Order(0, 0);

    private final Pricing pricing;
    private final Order standingOrder;
    private final BlockingQueue<Order> orders = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicLong quotes = new AtomicLong();
    private volatile long lastTotal;

    IdleWorker(Pricing pricing, Order standingOrder) {
        this.pricing = pricing;
        this.standingOrder = standingOrder;
        this.thread = new NamedDaemonThreads("idle-worker").newThread(this::run);
    }

    void start() {
        thread.start();
    }

    /** Asks the worker to price {@code order} the next time it wakes up. */
    public void reprice(Order order) {
        orders.add(order);
    }

    /** How many totals the worker has computed so far. */
    public long quotes() {
        return quotes.get();
    }

    /** The last total the worker computed, 0 before the first. */
    public long lastTotal() {
        return lastTotal;
    }

    private void run() {
        while (idleLoop()) {
            // entered again, see the class notes
        }
    }

    /**
     * Prices the orders as they come, for about a round; answers {@code false} once told to
     * stop.
     */
    @Quiescent
    boolean idleLoop() {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROUND_MILLIS);
        for (Order order = awaitOrder(); order != STOP; order = awaitOrder()) {
            lastTotal = pricing.total(order.unitCents(), order.quantity());
            quotes.incrementAndGet();
            if (System.nanoTime() - end >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The idle wait: the next order handed in, or the standing order after a tick of silence. */
    Order awaitOrder() {
        try {
            Order order = orders.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            return order != null ? order : standingOrder;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STOP;
        }
    }

    /** Stops the worker after the order it is pricing, if any; never interrupts it. */
    @Override
    public void close() {
        orders.add(STOP);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
