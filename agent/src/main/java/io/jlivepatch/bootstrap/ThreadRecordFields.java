package io.jlivepatch.bootstrap;

/** The fields of a {@link ThreadRecord}; see there. */
abstract class ThreadRecordFields extends ThreadRecordPad {

    /** The thread this record belongs to; only it writes {@link #depth} and announces. */
    final Thread owner;

    /**
     * The epoch the owner announced when it entered its outermost read section, or
     * {@link Epoch#IDLE} outside one. Accessed through {@link ThreadRecord#ANNOUNCED}.
     */
    long announced;

    /** Read sections the owner is in; plain, owner-only. */
    int depth;

    ThreadRecordFields(Thread owner) {
        this.owner = owner;
    }
}
