package io.jlivepatch.it.trace;

/**
 * What the tracer's hooks write, on the bootstrap class path of the traced JVM so that every
 * class, the JDK's included, can call it.
 *
 * <p>A thread is on one of the agent's paths while its depth is above zero: the hooks of the
 * agent's entry points ({@link #enter}, {@link #exit}) raise and lower it, and a traced JDK
 * method ({@link #hit}) counts only then, for the path of the innermost entry point. The
 * tracer's own class-file transformer, which runs inside class loading and so may run on a path,
 * lowers the depth to zero while it works ({@link #suspend}, {@link #resume}).
 *
 * <p>Never recurses into traced code: it calls {@code Thread.currentThread()} and
 * {@code Thread.getId()}, which the tracer never instruments, and, once per class, the
 * constructor of the {@code Throwable} that keeps where the class first ran, with the thread's
 * depth at zero, so that the hooks it runs record nothing. State is per thread in arrays indexed
 * by thread id, not in a {@code ThreadLocal} (which would call traced code); a thread whose id
 * does not fit is not tracked, and says so through {@link #untracked()}. Plain array accesses: a
 * racing update may lose a count, or a path of a class already seen, never the class; the report
 * is read at exit, after the driver has joined the threads that wrote.
 */
public final class Recorder {

    /** Class ids the tracer may hand out. */
    public static final int MAX_CLASSES = 1 << 16;

    /** Path ids the tracer may hand out. */
    public static final int MAX_PATHS = 64;

    private static final int MAX_THREADS = 1 << 16;
    /** Entry points a thread's path stack keeps; deeper ones count under the last kept. */
    private static final int STACK = 16;

    /** Per thread: how many of the agent's entry points it is inside. */
    private static final int[] DEPTH = new int[MAX_THREADS];
    /** Per thread, {@link #STACK} slots: the path of each entry point it is inside, outermost first. */
    private static final byte[] PATH_STACK = new byte[MAX_THREADS * STACK];
    /** Per class: the paths it ran on (innermost entry points), a bit each. */
    private static final long[] PATHS = new long[MAX_CLASSES];
    /** Per class: where it first ran on a path. */
    private static final Throwable[] FIRST_STACK = new Throwable[MAX_CLASSES];
    /** Per path: how many times its entry point ran. */
    private static final long[] ENTRIES = new long[MAX_PATHS];

    private static boolean untracked;

    private Recorder() {
    }

    /** A traced method of JDK class {@code classId} begins. */
    public static void hit(int classId) {
        long id = Thread.currentThread().getId();
        if (id < MAX_THREADS) {
            int t = (int) id;
            int depth = DEPTH[t];
            if (depth > 0) {
                long path = 1L << innermost(t, depth);
                long paths = PATHS[classId];
                if ((paths & path) == 0) {
                    PATHS[classId] = paths | path;
                    if (paths == 0) {
                        DEPTH[t] = 0;
                        FIRST_STACK[classId] = new Throwable();
                        DEPTH[t] = depth;
                    }
                }
            }
        }
    }

    /** An entry point of path {@code path} begins. */
    public static void enter(int path) {
        ENTRIES[path]++;
        long id = Thread.currentThread().getId();
        if (id < MAX_THREADS) {
            int t = (int) id;
            int depth = DEPTH[t]++;
            if (depth < STACK) {
                PATH_STACK[t * STACK + depth] = (byte) path;
            }
        } else {
            untracked = true;
        }
    }

    /** The innermost entry point returns or throws. */
    public static void exit() {
        long id = Thread.currentThread().getId();
        if (id < MAX_THREADS && DEPTH[(int) id] > 0) {
            DEPTH[(int) id]--;
        }
    }

    /** Stops recording on this thread until {@link #resume}; answers what to give it. */
    public static int suspend() {
        long id = Thread.currentThread().getId();
        if (id >= MAX_THREADS) {
            return 0;
        }
        int saved = DEPTH[(int) id];
        DEPTH[(int) id] = 0;
        return saved;
    }

    /** The path of this thread's innermost entry point, or -1 outside every path. */
    public static int innermost() {
        long id = Thread.currentThread().getId();
        if (id >= MAX_THREADS || DEPTH[(int) id] == 0) {
            return -1;
        }
        return innermost((int) id, DEPTH[(int) id]);
    }

    private static int innermost(int t, int depth) {
        return PATH_STACK[t * STACK + (depth < STACK ? depth : STACK) - 1];
    }

    public static void resume(int saved) {
        long id = Thread.currentThread().getId();
        if (id < MAX_THREADS) {
            DEPTH[(int) id] = saved;
        }
    }

    /** The paths class {@code classId} ran on, a bit each. */
    public static long paths(int classId) {
        return PATHS[classId];
    }

    /** Where class {@code classId} first ran on a path, from the {@link #hit} of its method down; or null. */
    public static StackTraceElement[] firstStack(int classId) {
        Throwable t = FIRST_STACK[classId];
        return t == null ? null : t.getStackTrace();
    }

    public static long entries(int path) {
        return ENTRIES[path];
    }

    /** Whether an entry point ran on a thread whose id is too large to track. */
    public static boolean untracked() {
        return untracked;
    }
}
