package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The walk of the virtual threads tells them from platform threads by their class where it can
 * (issue 14: a reflective call per thread was most of a round's own CPU time), and still finds a
 * virtual thread parked where no platform thread shows it. JDK 21+; the pom exports the package.
 */
class VirtualThreadsTest {

    @Test
    void findsAParkedVirtualThreadAndNoPlatformThreadByItsClass() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21");
        VirtualThreads v = VirtualThreads.open(null);
        assertNotNull(v, "the walk links (the pom exports jdk.internal.vm)");
        int feature = Runtime.version().feature();
        assertEquals(feature <= 25, v.testsClass(),
                "java.lang.BaseVirtualThread is what Thread.isVirtual() tests on JDK 21 to 25; later, the call");
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread vt = startVirtual(parked, release);
        Thread platform = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "platform-beside");
        platform.start();
        try {
            assertTrue(parked.await(10, TimeUnit.SECONDS));
            List<Thread> all = v.allOrNull();
            assertNotNull(all, "the walk failed");
            assertTrue(all.contains(vt), "the parked virtual thread is listed");
            assertFalse(all.contains(platform), "a platform thread is not listed");
            assertFalse(all.contains(Thread.currentThread()), "nor the test's own thread");
        } finally {
            release.countDown();
            vt.join(10_000);
            platform.join(10_000);
        }
    }

    /**
     * In a JVM that never made a virtual thread the walk has nothing to find and does not run
     * (issue 14: it was most of a transition's start on JDK 25); once one is made, it runs and
     * finds it. A JVM of its own: the test's JVM may have made one already.
     */
    @Test
    void noneEverUntilTheFirstVirtualThreadIsMade() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                NoneEverProbe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("before: none ever true, found 0; after: none ever false, found the virtual thread true", out);
    }

    /** Run by {@link #noneEverUntilTheFirstVirtualThreadIsMade} in a JVM of its own. */
    static final class NoneEverProbe {
        public static void main(String[] args) throws Exception {
            VirtualThreads v = VirtualThreads.open(null);
            String before = "before: none ever " + v.noneEver() + ", found " + v.allOrNull().size();
            CountDownLatch release = new CountDownLatch(1);
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Thread vt = (Thread) Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class)
                    .invoke(builder, (Runnable) () -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            String after = "after: none ever " + v.noneEver() + ", found the virtual thread " + v.allOrNull().contains(vt);
            release.countDown();
            vt.join();
            System.out.println(before + "; " + after);
        }
    }

    /**
     * The agent's own module answers whether a class is initialised, and walks the containers,
     * with the JDK's packages exported to it alone: the questions of the tests above, asked
     * through the path the agent takes when it has its {@code Instrumentation}.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theInternalModuleTellsAnUninitialisedClassAndWalksTheContainers() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "used from JDK 21");
        java.lang.instrument.Instrumentation inst = net.bytebuddy.agent.ByteBuddyAgent.install();
        ClassLoader internal = InternalModule.load(inst);
        java.util.function.Predicate<Class<?>> uninitialised =
                (java.util.function.Predicate<Class<?>>) InternalModule.instance(internal, "ClassInitState");
        assertEquals(InternalModule.NAME, uninitialised.getClass().getModule().getName());
        Class<?> c = Class.forName(NotYetInitialised.class.getName(), false, getClass().getClassLoader());
        assertTrue(uninitialised.test(c), "loaded, not initialised");
        assertEquals("initialised", NotYetInitialised.STATE.toString());
        assertFalse(uninitialised.test(c), "initialised");

        VirtualThreads v = VirtualThreads.open(inst);
        assertNotNull(v, "the walk links through the module");
        assertEquals(InternalModule.NAME, v.walkModule(), "the walk runs in the agent's module");
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread vt = startVirtual(parked, release);
        try {
            assertTrue(parked.await(10, TimeUnit.SECONDS));
            List<Thread> all = v.allOrNull();
            assertNotNull(all, "the walk failed");
            assertTrue(all.contains(vt), "the parked virtual thread is listed");
            assertFalse(all.contains(Thread.currentThread()), "a platform thread is not");
            assertTrue(v.trackingAll(), "the JDK's decision, asked through the module");
        } finally {
            release.countDown();
            vt.join(10_000);
        }
    }

    /** Initialised by {@link #theInternalModuleTellsAnUninitialisedClassAndWalksTheContainers} only. */
    static final class NotYetInitialised {
        static final StringBuilder STATE = new StringBuilder("initialised");
    }

    /** A virtual thread that counts {@code parked} down, then waits for {@code release}; through reflection (compiled for 17). */
    static Thread startVirtual(CountDownLatch parked, CountDownLatch release) throws ReflectiveOperationException {
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        return (Thread) Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class)
                .invoke(builder, (Runnable) () -> {
                    parked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
