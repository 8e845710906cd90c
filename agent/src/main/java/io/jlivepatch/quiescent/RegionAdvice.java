package io.jlivepatch.quiescent;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import net.bytebuddy.asm.Advice;

/**
 * The code Byte Buddy's {@link Advice} inlines into a {@code @Quiescent} method: the thread goes
 * offline at entry, under the region's name ({@code class.method}, a constant), and comes back
 * online on every way out, a return or a throw (the exit advice runs in a handler that covers
 * the whole body and rethrows). Never run as it is.
 */
final class RegionAdvice {

    private RegionAdvice() {
    }

    @Advice.OnMethodEnter
    static ThreadRecord enter(@Advice.Origin("#t.#m") String region) {
        return Epoch.goOffline(region);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, backupArguments = false)
    static void exit(@Advice.Enter ThreadRecord record) {
        Epoch.goOnline(record);
    }

    /** The api's {@code Quiescence.enter(region)}: the thread goes offline under {@code region}. */
    static final class BlockEnter {
        private BlockEnter() {
        }

        @Advice.OnMethodEnter
        static void enter(@Advice.Argument(0) String region) {
            Epoch.goOffline(region);
        }
    }

    /** The api's {@code Quiescence.close()}: the thread comes back online. */
    static final class BlockClose {
        private BlockClose() {
        }

        @Advice.OnMethodEnter
        static void close() {
            Epoch.goOnlineCurrent();
        }
    }
}
