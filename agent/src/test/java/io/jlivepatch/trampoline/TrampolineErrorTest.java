package io.jlivepatch.trampoline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.EpochDomain;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No error leaves a read section open (issue 10, scenario 4): a {@link StackOverflowError}
 * thrown anywhere between entering and leaving the trampoline's read section, the dispatcher, the
 * links of the entry call sites, the call, the calls of {@code Epoch.exit} themselves, closes the
 * section: the thread's depth is back to zero, its announcement idle, its section mode normal,
 * the trylock pin let go, and a grace period passes at once.
 *
 * <p>{@link Deep} recurses to the end of a small stack and calls the patched method at every
 * level, with two frame sizes and a padding that moves where the recursion ends, so that over
 * the sweeps the overflow strikes at every call along the path, interpreted and compiled. Before
 * the fix, the dispatcher's {@code route} and the entry call sites ran outside the section's
 * handler, and an overflow there left the thread announced for good: every later grace period
 * stalled until it gave up. The first version of the fix still left it open now and then: the
 * last-resort exit's first run, deep in the stack, resolved {@code ThreadRecord} through the
 * target's class loader (Java code) and overflowed there; no warm-up here, so that first run
 * happens in a sweep.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrampolineErrorTest {

    private static final int SWEEPS = 60;
    private static final long SMALL_STACK = 192 * 1024;

    private static Instrumented instrumented;
    private static MethodSlot target;
    private static Class<?> deep;
    private static int request = 2_000_000;

    /** The ways through the trampoline a sweep takes. */
    enum Path {
        /** In transition, the thread patched: the replacement, through the top entry. */
        REPLACEMENT(false, NotWatchingPolicy.WATCH, Dispatcher.PATCHED),
        /** In transition, the thread unpatched: the original body inside the section. */
        ORIGINAL_IN_SECTION(false, NotWatchingPolicy.WATCH, Dispatcher.UNPATCHED),
        /** The replacement throws: the handler's exit and rethrow. */
        THROWING_REPLACEMENT(false, NotWatchingPolicy.WATCH, Dispatcher.PATCHED),
        /** Offline under watch: online for the call, offline again at its end. */
        OFFLINE_WATCH(true, NotWatchingPolicy.WATCH, Dispatcher.PATCHED),
        /** Offline under trylock: the pin is taken and must be let go. */
        OFFLINE_TRYLOCK(true, NotWatchingPolicy.TRYLOCK, Dispatcher.PATCHED);

        final boolean offline;
        final NotWatchingPolicy policy;
        final int state;

        Path(boolean offline, NotWatchingPolicy policy, int state) {
            this.offline = offline;
            this.policy = policy;
            this.state = state;
        }
    }

    @BeforeAll
    static void instrument() throws Exception {
        instrumented = new Instrumented(Deep.class);
        target = instrumented.slot("Deep.target");
        deep = instrumented.loaded("Deep");
    }

    @AfterEach
    void idle() {
        Slots.idle(target);
        Dispatcher.publish(0L);
    }

    static int replacement(int x) {
        return x + 2;
    }

    static int throwing(int x) {
        throw new IllegalStateException("from the replacement");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anOverflowAnywhereOnThePathClosesTheSection(Path path) throws Throwable {
        String name = path == Path.THROWING_REPLACEMENT ? "throwing" : "replacement";
        MethodHandle h = MethodHandles.lookup().findStatic(TrampolineErrorTest.class, name,
                MethodType.methodType(int.class, int.class));
        Dispatcher.publish(Dispatcher.word(++request, Dispatcher.PATCHED, path.state, false));
        Slots.transition(target, FuncStack.EMPTY.push("patch", h), path.policy);
        MethodHandle start = MethodHandles.publicLookup().findStatic(deep, "start",
                MethodType.methodType(int.class, int.class));
        deep.getField("overflows").setInt(null, 0);
        deep.getField("completed").setInt(null, 0);
        AtomicReference<ThreadRecord> record = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread sweeper = new Thread(null, () -> {
            try {
                ThreadRecord offline = path.offline ? Epoch.goOffline("sweep-region") : null;
                for (int i = 0; i < SWEEPS; i++) {
                    int ignored = (int) start.invokeExact(i % 7);
                }
                record.set(ownRecord());
                if (offline != null) {
                    Epoch.goOnline(offline);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "sweeper-" + path, SMALL_STACK);
        sweeper.start();
        sweeper.join(TimeUnit.SECONDS.toMillis(90));
        assertNull(failure.get(), () -> "the sweep failed: " + failure.get());
        int overflows = deep.getField("overflows").getInt(null);
        int completed = deep.getField("completed").getInt(null);
        assertTrue(overflows >= 5, "the sweeps overflowed inside the patched call only " + overflows + " times");
        assertTrue(completed > 0, "no call completed");

        ThreadRecord r = record.get();
        assertEquals(0, r.depth, "the thread's read-section depth");
        assertEquals(Epoch.IDLE, r.announcedAcquire(), "the thread's announcement");
        assertEquals(0, r.sectionMode, "the thread's section mode");
        assertNull(PatchLock.pinnedBy, "the trylock pin");
        // Nothing holds a grace period, and the patch lock can be taken.
        EpochDomain domain = new EpochDomain(Barrier.SAFEPOINT, Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertTrue(domain.synchronize(), "a grace period after the sweeps");
        CompletableFuture<Void> locked = CompletableFuture.runAsync(() -> {
            PatchLock.get().lock("a test");
            PatchLock.get().unlock();
        });
        locked.get(10, TimeUnit.SECONDS);
    }

    private static ThreadRecord ownRecord() {
        for (ThreadRecord r : Epoch.records()) {
            if (r.owner() == Thread.currentThread()) {
                return r;
            }
        }
        throw new AssertionError("the sweeper has no record: it never took the transition path");
    }
}
