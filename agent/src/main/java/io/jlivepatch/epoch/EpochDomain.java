package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.log.Log;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * Grace periods and deferred reclamation over the read sections of {@link Epoch}. One per JVM.
 */
public final class EpochDomain {

    private static final Logger LOG = Log.get(EpochDomain.class);

    private final Barrier barrier;
    private final Duration stallInterval;
    private final Duration timeout;
    private final List<Runnable> retired = new ArrayList<>();
    private static final int PRUNE_EVERY = 16;
    /** Grace periods run, for pruning; guarded by this domain's monitor. */
    private long gracePeriods;

    public EpochDomain(Barrier barrier, Duration stallInterval, Duration timeout) {
        this.barrier = barrier;
        this.stallInterval = stallInterval;
        this.timeout = timeout;
        Epoch.setVolatileAnnouncements(barrier == Barrier.VOLATILE);
    }

    public Barrier barrier() {
        return barrier;
    }

    /**
     * Waits for a grace period: until every read section that began before this call has ended.
     *
     * @return whether it passed; {@code false} when a reader stayed past the timeout, after it
     *     was reported
     */
    public synchronized boolean synchronize() {
        return synchronizeExcept(0L);
    }

    /**
     * A grace period for a transition's completion: waits for every read section that began
     * before this call, except those whose thread has published the latch key {@code settled}
     * ({@code ThreadRecord.latchOpaque}, {@code Dispatcher.targetLatchKey}): each of those
     * latched the completing transition's target, as every later section of its thread in that
     * request does, so it runs what the completion leaves, and nothing the completion lets go.
     * What the completion must wait for is a section that may have latched the state being
     * left (DESIGN §6); a section that latches after this call's barrier reads ALL_SWITCHED and
     * latches the target. So a thread the scheduler preempted inside a section, latched to the
     * target, holds no completion: the grace period ends as soon as the sections that matter
     * have drained, not after every busy thread has run again. {@code 0}: wait for every section.
     *
     * <p>Memory ordering: the latch key is an opaque store by the owner after the loads it
     * latched from; this barrier makes a key stored before it visible, and a key not seen is
     * waited for. Any key seen is one the owner wrote, and a key of the target in the final
     * generation of the request is true of the owner's current and later sections (states move
     * one way within a generation; ALL_SWITCHED stays until the transition ends), so a stale
     * read is never unsafe, only slower.
     *
     * @return whether it passed; {@code false} when a reader stayed past the timeout
     */
    public synchronized boolean synchronizeExcept(long settled) {
        return synchronizeExcept(settled, Long.MAX_VALUE, null);
    }

    /**
     * {@link #synchronizeExcept(long)} that waits at most {@code waitNanos}, or the timeout if
     * that is shorter, and gives up quietly: a caller that bounds the wait hands it over to a
     * later grace period (the transitions' completion, which waits so under the patch lock; see
     * TransitionDriver), which says so if it reaches the timeout. {@code Long.MAX_VALUE}: the
     * timeout, said (found by review: with a timeout of 1 s, the bounded wait said it too, and
     * a completion's reader was reported twice).
     *
     * <p>It also gives up, quietly, as soon as it is not {@code wanted} any more (asked between
     * its waits, 1.3 ms apart at most): a grace period that waits for a reader that does not
     * leave holds this domain's monitor, which the next grace period needs, and the thread it
     * runs on (found by review: a completion that a force ended waited on for the whole
     * timeout, and held the next transition's completion, under the patch lock, as long).
     *
     * @param wanted read without any lock; {@code null}: always
     * @return whether it passed
     */
    public synchronized boolean synchronizeExcept(long settled, long waitNanos, BooleanSupplier wanted) {
        long limit = timeout.toNanos();
        boolean bounded = waitNanos != Long.MAX_VALUE;
        Snapshot snapshot = begin(barrier);
        long target = snapshot.target();
        ThreadRecord[] records = snapshot.records();
        long start = System.nanoTime();
        long nextReport = start + stallInterval.toNanos();
        long deadline = start + (bounded ? Math.min(waitNanos, limit) : limit);
        // Dead threads' records are dropped every PRUNE_EVERY grace periods: Thread.isAlive() is
        // a native call on JDK 17, which for a thousand records cost more than the scan itself.
        boolean prune = ++gracePeriods % PRUNE_EVERY == 0;
        boolean pruned = false;
        int offline = 0;
        // One pass over every record, then waits only for those still in an older epoch,
        // looking at all of them on each wake-up: a reader the scheduler preempted inside its
        // section is waited for once, not once per record behind it, and the writer gives its
        // core away while it waits (no Thread.yield(), which with hundreds of runnable threads
        // puts the writer behind every one of them, again and again).
        ThreadRecord[] waiting = new ThreadRecord[records.length];
        int n = 0;
        for (ThreadRecord r : records) {
            if (r.offlineVolatile()) {
                // Read after the fence in begin(); see inOlderEpoch.
                offline++;
                continue;
            }
            if (holds(r, target, settled)) {
                waiting[n++] = r;
            }
            pruned |= prune && !r.owner().isAlive();
        }
        int spins = 0;
        while (n > 0) {
            int still = 0;
            for (int i = 0; i < n; i++) {
                if (holds(waiting[i], target, settled)) {
                    waiting[still++] = waiting[i];
                }
            }
            n = still;
            if (n == 0) {
                break;
            }
            ThreadRecord r = waiting[0];
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                if (bounded) {
                    return false;
                }
                LOG.warn("grace period timed out after {} ms: thread '{}' is still in a read section"
                        + " begun in epoch {}", timeout.toMillis(), r.owner().getName(), r.announcedAcquire());
                return false;
            }
            if (wanted != null && !wanted.getAsBoolean()) {
                return false;
            }
            if (now - nextReport >= 0) {
                reportStall(r, target, now - start);
                nextReport = now + stallInterval.toNanos();
            }
            spins = backOff(spins);
        }
        if (pruned) {
            Epoch.pruneDeadThreads();
        }
        if (offline > 0) {
            // Threads parked in quiescent regions: the next grace periods do not read them at
            // all until they come online (DESIGN §5: offline threads cost nothing).
            Epoch.dropOffline();
        }
        return true;
    }

    /** What a grace period waits for: the records that may announce an epoch below the target. */
    record Snapshot(long target, ThreadRecord[] records) {
    }

    /**
     * The first step of a grace period: advance the epoch, take the records, make their
     * announcements visible. Package-private so that the stress tests run exactly this.
     */
    static Snapshot begin(Barrier barrier) {
        long target = Epoch.advance();
        // Read after advance(): a thread that registers later loads the new epoch (see the
        // registration note in Epoch) and needs no waiting for.
        ThreadRecord[] records = Epoch.scanned();
        // Full fence: orders the volatile stores above (data, epoch) before the acquire loads of
        // the announcements in the scan. The memory model orders a volatile store only before a
        // later volatile load; x86 HotSpot fences anyway, this says so on every platform. Pairs
        // with the fence at the end of Epoch.register() and with volatile announcements.
        VarHandle.fullFence();
        if (barrier != null && anyOnline(records)) {
            barrier.await(records);
        }
        return new Snapshot(target, records);
    }

    /**
     * Whether any record but the writer's own belongs to a thread that is online, so that the
     * barrier has someone to fence: with none, a global barrier (a safepoint, membarrier) would
     * stop every thread of the JVM for nothing. Each {@code offline} is read after the fence in
     * {@link #begin}, as in {@link #inOlderEpoch}: a thread that comes online after the read
     * announces the new epoch (its volatile store of {@code offline} is the partner), so it needs
     * no fence from us; a thread that registers after the snapshot is covered by registration.
     * The writer's own announcements are in its program order.
     */
    private static boolean anyOnline(ThreadRecord[] records) {
        Thread self = Thread.currentThread();
        for (ThreadRecord r : records) {
            if (needsFence(r, self)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a barrier run by {@code writer} must reach the owner of {@code r}: it is another
     * thread, and online (see {@link #anyOnline}); for the barriers that fence thread by thread.
     */
    static boolean needsFence(ThreadRecord r, Thread writer) {
        return r.owner() != writer && !r.offlineVolatile();
    }

    /** Runs {@code reclaim} after the next grace period that starts after this call. */
    public synchronized void retire(Runnable reclaim) {
        retired.add(reclaim);
    }

    /**
     * Waits for a grace period and runs what was retired before it: the kernel's
     * {@code rcu_barrier} for our {@code call_rcu}. A failed grace period keeps them for the next.
     *
     * @return how many were run
     */
    public int reclaim() {
        List<Runnable> batch;
        synchronized (this) {
            if (retired.isEmpty()) {
                return 0;
            }
            batch = new ArrayList<>(retired);
            if (!synchronize()) {
                return 0;
            }
            retired.removeAll(batch);
        }
        for (Runnable r : batch) {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("reclamation failed", e);
            }
        }
        return batch.size();
    }

    /**
     * Whether the grace period for {@code target} waits for {@code r}. An offline thread (in a
     * quiescent region) is not waited for: its {@code offline} flag is read after the fence that
     * follows the advance, the partner of the fence in {@code Epoch.goOnline}, so a thread that
     * comes online after the read announces the new epoch.
     */
    static boolean inOlderEpoch(ThreadRecord r, long target) {
        if (r.offlineVolatile()) {
            return false;
        }
        long announced = r.announcedAcquire();
        return announced != Epoch.IDLE && announced < target && r.owner().isAlive();
    }

    /**
     * Whether {@code r}'s section holds the grace period: begun in an epoch before
     * {@code target}, and its thread does not show the latch key {@code settled} (never, for 0).
     */
    private static boolean holds(ThreadRecord r, long target, long settled) {
        return inOlderEpoch(r, target) && !(settled != 0 && r.latchOpaque() == settled);
    }

    private void reportStall(ThreadRecord r, long target, long waitedNanos) {
        Throwable where = new Throwable("stack of '" + r.owner().getName() + "'");
        // Not the thread's own answer where its class overrides getStackTrace: that would run
        // the application's code here, on the writer (an empty stack then).
        where.setStackTrace(ThreadClasses.keepsGetStackTrace(r.owner()) ? r.owner().getStackTrace()
                : new StackTraceElement[0]);
        LOG.warn("grace period stall: thread '{}' has been in a read section begun in epoch {} for {} ms"
                + " (grace period for epoch {})", r.owner().getName(), r.announcedAcquire(),
                TimeUnit.NANOSECONDS.toMillis(waitedNanos), target, where);
    }

    /**
     * Spins a little (a reader on another core leaves within microseconds), then parks for 20 µs,
     * doubling to 1.28 ms: a reader that must be scheduled again first is not hurried by a writer
     * that takes its core.
     */
    private static int backOff(int spins) {
        if (spins < 64) {
            Thread.onSpinWait();
        } else {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(20) << Math.min(spins - 64, 6));
        }
        return spins + 1;
    }
}
