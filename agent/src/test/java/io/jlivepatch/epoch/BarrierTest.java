package io.jlivepatch.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BarrierTest {

    private final CountDownLatch leave = new CountDownLatch(1);
    private final List<Thread> started = new ArrayList<>();

    @AfterEach
    void releaseThreads() throws InterruptedException {
        leave.countDown();
        for (Thread t : started) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @Test
    void handshakesFenceUpToTheirLimitThenOneSafepointServesAll() {
        assertSame(Barrier.HANDSHAKE, Barrier.forFences(0, true));
        assertSame(Barrier.HANDSHAKE, Barrier.forFences(1, true));
        assertSame(Barrier.HANDSHAKE, Barrier.forFences(Barrier.MAX_HANDSHAKES, true));
        assertSame(Barrier.SAFEPOINT, Barrier.forFences(Barrier.MAX_HANDSHAKES + 1, true));
        assertSame(Barrier.SAFEPOINT, Barrier.forFences(1_000, true));
    }

    @Test
    void beforeJdk19AnyFenceIsOneSafepointAndNoneIsNothing() {
        assertSame(Barrier.HANDSHAKE, Barrier.forFences(0, false), "nothing to fence: no safepoint");
        assertSame(Barrier.SAFEPOINT, Barrier.forFences(1, false));
        assertSame(Barrier.SAFEPOINT, Barrier.forFences(Barrier.MAX_HANDSHAKES, false));
    }

    /** Past the limit the handshake barrier takes its safepoint path; the grace period must still wait. */
    @Test
    void aGracePeriodPastTheHandshakeLimitStillWaitsForAReader() throws Exception {
        CountDownLatch online = new CountDownLatch(Barrier.MAX_HANDSHAKES + 1);
        for (int i = 0; i < Barrier.MAX_HANDSHAKES + 1; i++) {
            start("online-" + i, () -> {
                online.countDown();
                await(leave);
            });
        }
        assertTrue(online.await(10, TimeUnit.SECONDS));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leaveReader = new CountDownLatch(1);
        Thread reader = start("reader", () -> {
            ThreadRecord r = Epoch.enter();
            try {
                inside.countDown();
                await(leaveReader);
            } finally {
                Epoch.exit(r);
            }
        });
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        EpochDomain domain = new EpochDomain(Barrier.HANDSHAKE, Duration.ofSeconds(10), Duration.ofMillis(200));
        assertFalse(domain.synchronize(), "the reader is still in its section");
        leaveReader.countDown();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(domain.synchronize());
    }

    /**
     * What the safepoint barrier relies on in this JVM: its VM operation is a {@code ThreadDump}
     * at a global safepoint, as JFR records it. A JDK that turned it into a handshake would fail
     * here rather than silently weaken the barrier.
     */
    @Test
    void theSafepointBarrierIsAThreadDumpAtAGlobalSafepoint() throws Exception {
        Barrier.SAFEPOINT.await(new ThreadRecord[0]);
        Path file = Files.createTempFile("barrier", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecuteVMOperation").withThreshold(Duration.ZERO);
            recording.start();
            Barrier.SAFEPOINT.await(new ThreadRecord[0]);
            recording.stop();
            recording.dump(file);
            long mine = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (e.getThread("caller") != null
                        && e.getThread("caller").getJavaThreadId() == Thread.currentThread().getId()) {
                    assertEquals("ThreadDump", e.getString("operation"));
                    assertTrue(e.getBoolean("safepoint"), "a ThreadDump that is not at a safepoint");
                    mine++;
                }
            }
            assertEquals(1, mine, "VM operations run for this thread");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Review: the handshake with a thread is a call of its {@code getStackTrace()}, which its class
     * may override (not final): the override ran on the writer instead, and fenced nothing. Such a
     * thread's fence is now the safepoint's.
     */
    @Test
    void aThreadWhoseClassOverridesGetStackTraceIsFencedBySafepointNotByItsOverride() throws Exception {
        CountDownLatch registered = new CountDownLatch(1);
        String[] calledOn = new String[1];
        Thread t = new Thread(() -> {
            Epoch.exit(Epoch.enter());
            registered.countDown();
            await(leave);
        }, "hides-its-stack") {
            @Override
            public StackTraceElement[] getStackTrace() {
                calledOn[0] = Thread.currentThread().getName();
                return new StackTraceElement[0];
            }
        };
        t.setDaemon(true);
        started.add(t);
        t.start();
        assertTrue(registered.await(10, TimeUnit.SECONDS));
        ThreadRecord r = Epoch.recordOf(t);
        assertTrue(EpochDomain.needsFence(r, Thread.currentThread()), "online, another thread: it needs a fence");
        Path file = Files.createTempFile("barrier", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecuteVMOperation").withThreshold(Duration.ZERO);
            recording.start();
            Barrier.HANDSHAKE.await(new ThreadRecord[] {r});
            recording.stop();
            recording.dump(file);
            assertEquals(null, calledOn[0], "the barrier ran the thread class's getStackTrace()");
            boolean safepoint = false;
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (e.getThread("caller") != null
                        && e.getThread("caller").getJavaThreadId() == Thread.currentThread().getId()) {
                    safepoint |= e.getString("operation").equals("ThreadDump") && e.getBoolean("safepoint");
                }
            }
            assertTrue(safepoint, "the fence was a safepoint");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A thread with a record, online and parked outside any read section, until the test ends. */
    private Thread start(String name, Runnable body) {
        Thread t = new Thread(() -> {
            Epoch.exit(Epoch.enter());
            body.run();
        }, name);
        t.setDaemon(true);
        started.add(t);
        t.start();
        return t;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
