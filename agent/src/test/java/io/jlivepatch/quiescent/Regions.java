package io.jlivepatch.quiescent;

import io.jlivepatch.api.Quiescence;
import io.jlivepatch.api.Quiescent;
import io.jlivepatch.bootstrap.Epoch;

/** Quiescent regions of every shape, instrumented by {@link QuiescentInstallerTest}. */
public final class Regions {

    private Regions() {
    }

    /** Whether the current thread is offline now. */
    public static boolean offline() {
        return Epoch.recordOf(Thread.currentThread()).offlineVolatile();
    }

    @Quiescent
    public static boolean idle() {
        return offline();
    }

    /** Offline inside, and still offline after an inner region ended. */
    @Quiescent
    public static boolean nested() {
        boolean inner = idle();
        return inner && offline();
    }

    @Quiescent
    public static void throwing() {
        throw new IllegalStateException("from inside the region");
    }

    @Quiescent
    public static long wide(long a, double b) {
        long sum = a;
        for (int i = 0; i < 3; i++) {
            sum += (long) b;
        }
        return offline() ? sum : -1;
    }

    public static boolean notQuiescent() {
        return offline();
    }

    /** The api's try-with-resources form. */
    public static boolean block() {
        try (Quiescence q = Quiescence.enter("block region")) {
            return offline();
        }
    }
}
