package io.jlivepatch.trampoline;

/**
 * Recursion to the end of the stack that calls {@link #target} at every level, for
 * {@code TrampolineErrorTest}: the calls near the end overflow the stack somewhere along the
 * trampoline's path. Two frame sizes, alternating, so that where the overflow strikes moves with
 * where the recursion starts.
 */
public final class Deep {

    /** Calls of {@link #target} that threw {@link StackOverflowError}. */
    public static int overflows;
    /** Calls of {@link #target} that returned or threw something else. */
    public static int completed;

    private Deep() {
    }

    /** The patched method. */
    public static int target(int x) {
        return x + 1;
    }

    /** Starts the recursion {@code padding} small frames down, to shift where it ends. */
    public static int start(int padding) {
        if (padding > 0) {
            return start(padding - 1);
        }
        return descendSmall(0);
    }

    public static int descendSmall(int level) {
        int r = 0;
        try {
            r = target(level);
            completed++;
        } catch (StackOverflowError e) {
            overflows++;
        } catch (RuntimeException e) {
            completed++;
        }
        try {
            r += descendLarge(level + 1);
        } catch (StackOverflowError bottom) {
            // The end of the stack: unwind.
        }
        return r;
    }

    public static int descendLarge(int level) {
        long a = level;
        long b = a * 3;
        long c = b ^ a;
        long d = c + 7;
        int r = 0;
        try {
            r = target(level);
            completed++;
        } catch (StackOverflowError e) {
            overflows++;
        } catch (RuntimeException e) {
            completed++;
        }
        try {
            r += descendSmall(level + 1);
        } catch (StackOverflowError bottom) {
            // The end of the stack: unwind.
        }
        return r + (int) (a + b + c + d);
    }
}
