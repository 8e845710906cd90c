package io.jlivepatch.trampoline;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a load wait for the class-file transforms that may have read the targets before it
 * registered its methods: a sleepable read section (SRCU's two counters) around the
 * transformer's reading of the registry. A transform never waits here; the load waits for the
 * transforms of the phase it closes, which are few and short.
 *
 * <h2>Memory ordering</h2>
 * All of it is sequentially consistent (volatile and atomic read-modify-write). A transform
 * reads the phase {@code p}, increments {@code inFlight[p]}, and reads the phase again (else it
 * decrements and retries), then reads the targets. Partner: the load's registration (stores
 * into the registry's concurrent maps), then the flip of the phase from {@code q} to {@code q^1},
 * then its reads of {@code inFlight[q]} until zero. Forbids: the load sees {@code inFlight[q]}
 * zero while a transform that will read the targets as they were before the registration is
 * still running. A transform counted in {@code inFlight[q]} reads the targets after its second
 * read of the phase; if the load missed it, its increment came after the load's read of zero, so
 * that second read came after the flip, which came after the registration. Without the second
 * read, a transform that read {@code q} before one flip could increment after the load's check
 * and be missed by the next load, which flips back to {@code q} and waits for the other counter
 * (jcstress {@code TransformGateRace}).
 */
public final class TransformGate {

    private final AtomicInteger[] inFlight = {new AtomicInteger(), new AtomicInteger()};
    private volatile int phase;

    /** Enters a transform's read section; answers the token {@link #exit} takes. */
    public int enter() {
        while (true) {
            int p = phase;
            inFlight[p].incrementAndGet();
            if (phase == p) {
                return p;
            }
            inFlight[p].decrementAndGet();
        }
    }

    public void exit(int token) {
        inFlight[token].decrementAndGet();
    }

    /**
     * After a registration: closes the current phase and waits until every transform that
     * entered in it has left, at most {@code timeout}. Answers whether they all left. One caller
     * at a time (the patch lock).
     */
    public boolean awaitEarlier(long timeout, TimeUnit unit) {
        int closed = phase;
        phase = closed ^ 1;
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (int spins = 0; inFlight[closed].get() != 0; spins++) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            if (spins < 100) {
                Thread.onSpinWait();
            } else {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
