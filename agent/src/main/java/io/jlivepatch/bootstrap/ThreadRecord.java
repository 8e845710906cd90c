package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A thread's record in the epoch domain: its announced epoch and its read-section depth. Created
 * lazily, on the thread's first read section, and padded so that two threads' announcements never
 * share a cache line.
 *
 * <h2>The announcement word</h2>
 * <pre>
 *   announced == 0 (IDLE)   the thread is outside every read section
 *   announced == e (e > 0)  the thread entered its outermost read section while the domain's
 *                           epoch was e, and may hold references read then
 * </pre>
 */
public final class ThreadRecord extends ThreadRecordFields {

    static final VarHandle ANNOUNCED;

    static {
        try {
            ANNOUNCED = MethodHandles.lookup().findVarHandle(ThreadRecordFields.class, "announced", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused")
    private long p10;
    @SuppressWarnings("unused")
    private long p11;
    @SuppressWarnings("unused")
    private long p12;
    @SuppressWarnings("unused")
    private long p13;
    @SuppressWarnings("unused")
    private long p14;
    @SuppressWarnings("unused")
    private long p15;
    @SuppressWarnings("unused")
    private long p16;
    @SuppressWarnings("unused")
    private long p17;

    ThreadRecord(Thread owner) {
        super(owner);
    }

    public Thread owner() {
        return owner;
    }

    /**
     * The announcement as the writer reads it: an acquire load, pairing with the release store in
     * {@link Epoch#exit}, so that a writer that sees IDLE also sees every read of the section done.
     */
    public long announcedAcquire() {
        return (long) ANNOUNCED.getAcquire(this);
    }
}
