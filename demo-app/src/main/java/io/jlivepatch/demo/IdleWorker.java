package io.jlivepatch.demo;

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
 * <p>The idle wait, {@link #awaitOrder()}, is a method of its own so that it can be marked as a
 * quiescent region without covering the call of the business method; {@link #idleLoop()} covers
 * both, for the case where a patched method runs inside a quiescent region.
 */
public final class IdleWorker implements AutoCloseable {

    private static final long TICK_MILLIS = 50;

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
        this.thread = new NamedDaemonThreads("idle-worker").newThread(this::idleLoop);
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

    void idleLoop() {
        for (Order order = awaitOrder(); order != STOP; order = awaitOrder()) {
            lastTotal = pricing.total(order.unitCents(), order.quantity());
            quotes.incrementAndGet();
        }
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
