package io.jlivepatch.bench;

/**
 * The measured method with a trampoline in stable mode: {@link StablePatch} redirects it and stays enabled,
 * so the call site answers the replacement as a constant handle.
 *
 * <p>{@link PlainTarget}, {@link IdleTarget} and {@link StableTarget} are identical but for their
 * names, so that their bytecode, and what the JIT makes of it, differ only by the trampoline.
 * The work is a few integer operations on the arguments and a field: small enough that a
 * trampoline's cost would show, opaque enough that the JIT cannot fold it.
 */
public final class StableTarget {

    /** Package-private, so that the patch class on the class path (called directly) may read it. */
    int salt;

    public StableTarget(int salt) {
        this.salt = salt;
    }

    public int mix(int v) {
        int h = (v ^ salt) * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /**
     * Twice the work of {@link #mix}, 29 bytes of bytecode: within C2's {@code MaxInlineSize}
     * (35) without a trampoline, beyond it with one (the prologue adds 16 bytes).
     */
    public int scramble(int v) {
        int h = (v ^ salt) * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    public static int mixStatic(int v, int salt) {
        int h = (v ^ salt) * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
