package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.GracePeriodProbe;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A thread's first read section, which registers its record, racing a grace period with the
 * {@link Barrier#HANDSHAKE} barrier (opaque announcements). The handshake reaches only the threads
 * in the writer's snapshot, so for a thread that registers after it nothing but the registration
 * order protects the reader: that is what this test runs.
 *
 * <p>Orders the reader's registration (the volatile store of the record list with its record
 * appended, in {@code Epoch.register}, under the registry lock) before its acquire load of the
 * epoch in {@link Epoch#enter}; partner: the writer's volatile epoch store in {@link Epoch#advance} before its
 * volatile load of {@link Epoch#scanned()} (a Dekker pair). A writer whose snapshot misses the new
 * record must have advanced before the reader loaded the epoch, so the reader announces the new
 * epoch and, by the acquire load, reads the new data. Forbids {@code 0, 0}, {@code 0, 3} (the
 * reader read the old data and the snapshot did not hold its record) and {@code 0, 1} (held it,
 * but the scan found it IDLE or in the new epoch and passed).
 *
 * <p>How a registration happens in every round: a jcstress actor thread is reused for many rounds
 * and {@code Epoch} registers a thread once, through a {@code ThreadLocal}; so the reader, after
 * each section, forgets its record through {@link Epoch#forgetCurrentThreadForTest()} (drops the
 * thread-local value, its cache slot and its registry entry, which empties the registry: only this
 * test's reader registers in its fork VM, see the package notes), and checks in every round that {@code enter()} did register
 * anew. The next round's {@link Epoch#enter} then runs the production registration path: the
 * cache miss, the thread-local's initial value, the registry lock, the append (in place, in
 * the array the last forget made) and the volatile store of the longer list, then the epoch load and the announcement. A writer whose
 * snapshot is empty runs no handshake at all, as for a thread new to the JVM. What this does not
 * cover: a thread that really is new (the reader is an old thread, handshaken in earlier rounds,
 * though never between its registration and the scan that missed it), and a registry that holds
 * other threads' records.
 *
 * <p>{@code r2} is the arbiter's reading of the writer's snapshot and scan: {@code 0} the new record
 * was not in it, and the snapshot was empty (no barrier ran); {@code 3} not in it, but a previous
 * record of the reader's was (only when the reader had not yet unregistered); {@code 1} in it, and
 * the scan passed; {@code 2} in it, and the scan would wait.
 */
@JCStressTest
@Outcome(id = {"1, 0", "1, 1", "1, 2", "1, 3"}, expect = ACCEPTABLE,
        desc = "read NEW: the section began after the publication, whatever the snapshot held")
@Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "read OLD; the snapshot held the new record, in an older epoch: the scan waits")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "read OLD, but the snapshot (empty) missed the new record: nothing waits")
@Outcome(id = "0, 3", expect = FORBIDDEN, desc = "read OLD, but the snapshot (the previous record) missed the new one")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "read OLD, but the scan found the new record IDLE or in the new epoch")
@Outcome(id = {"2, [0-3]", "3, [0-3]"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class RegistrationRace extends PublicationRace {

    /** {@code r2}: the new record was not in the writer's snapshot, which was empty. */
    public static final int ABSENT = 0;
    /** {@code r2}: the new record was in the snapshot, and the scan passed. */
    public static final int PRESENT_PASSED = 1;
    /** {@code r2}: the new record was in the snapshot, in an older epoch. */
    public static final int PRESENT_WAITS = 2;
    /** {@code r2}: the new record was not in the snapshot; the reader's previous one was. */
    public static final int ABSENT_PREVIOUS_PRESENT = 3;

    /**
     * The writer's pause after a scan (see {@link PublicationRace#endScan}), longer than the
     * other tests' since the reader unregisters between rounds. Tuned: with it, "read OLD, the
     * snapshot held the new record" and "read NEW, the snapshot was empty" each make about a
     * quarter of the rounds, so the writer's snapshot lands around the reader's registration
     * (with 16, 2 % of the rounds read OLD; with 256, 68 %).
     */
    private static final int PAUSE_SPINS = 64;

    /** The reader's record of the previous round, to check that each round registered anew. */
    private static final ThreadLocal<ThreadRecord> PREVIOUS = new ThreadLocal<>();

    /** The reader's new record; plain, the arbiter reads it. */
    private ThreadRecord record;
    /** The writer's snapshot, its target epoch, and what its scan read of each record. */
    private ThreadRecord[] snapshot;
    private long target;
    private long[] announced;

    public RegistrationRace() {
        Epoch.setVolatileAnnouncements(false);
    }

    @Actor
    public void reader(II_Result r) {
        ThreadRecord fresh = Epoch.enter();
        record = fresh;
        r.r1 = holdUntilScanned(data);
        Epoch.exit(fresh);
        if (fresh == PREVIOUS.get()) {
            // A false "missed the new record" otherwise: fail the run instead.
            throw new IllegalStateException("Epoch.enter() did not register the thread again: "
                    + "RegistrationRace.unregister() no longer matches Epoch's registration path");
        }
        PREVIOUS.set(fresh);
        unregister();
    }

    /**
     * Makes {@code Epoch} forget the current thread, so that its next {@link Epoch#enter}
     * registers it again. Done after the exit, so that the writer of the next round finds no
     * record of this thread at all.
     */
    private static void unregister() {
        Epoch.forgetCurrentThreadForTest();
    }

    @Actor
    public void writer() {
        publish();
        GracePeriodProbe.Look look = GracePeriodProbe.begin(Barrier.HANDSHAKE);
        long t = look.target();
        ThreadRecord[] s = look.records();
        long[] a = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            a[i] = s[i].announcedAcquire();
        }
        target = t;
        snapshot = s;
        announced = a;
        endScan(PAUSE_SPINS);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        for (int i = 0; i < snapshot.length; i++) {
            if (snapshot[i] == record) {
                r.r2 = GracePeriodProbe.inOlderEpoch(announced[i], target) ? PRESENT_WAITS : PRESENT_PASSED;
                return;
            }
        }
        r.r2 = snapshot.length == 0 ? ABSENT : ABSENT_PREVIOUS_PRESENT;
    }
}
