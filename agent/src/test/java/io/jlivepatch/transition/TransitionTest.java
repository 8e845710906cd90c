package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.trampoline.Instrumented;
import io.jlivepatch.trampoline.Slots;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The threads' side of the consistency model, without the core: {@link Transition} over the
 * instrumented {@link VersionedPair}, whose two methods one "patch" changes together. Each test
 * parks a thread inside {@code outer} where a mix would show, and checks what the thread runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public class TransitionTest {

    private static Instrumented instrumented;
    private static MethodSlot outer;
    private static MethodSlot inner;
    private static MethodHandle callOuter;
    private static MethodHandle callInner;
    private static MethodHandle outer2;
    private static MethodHandle inner2;

    /** The thread that {@link #pause()} parks, and its latches. */
    private static volatile Thread parkable;
    private static final AtomicReference<CountDownLatch> ARRIVED = new AtomicReference<>(new CountDownLatch(1));
    private static final AtomicReference<CountDownLatch> OPEN = new AtomicReference<>(new CountDownLatch(1));

    private Transition transition;
    /** The not-watching policy the next transition's slots get. */
    private static NotWatchingPolicy policy = NotWatchingPolicy.WATCH;

    @BeforeAll
    static void instrument() throws Exception {
        // Rounds and the start list virtual threads as the agent's do (the pom exports the package).
        assertEquals(List.of(), Transition.seeVirtualThreads(null), "virtual threads can be listed, without a warning");
        instrumented = new Instrumented(VersionedPair.class);
        outer = instrumented.slot("VersionedPair.outer");
        inner = instrumented.slot("VersionedPair.inner");
        Class<?> pair = instrumented.loaded("VersionedPair");
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodType string = MethodType.methodType(String.class);
        callOuter = l.findStatic(pair, "outer", string);
        callInner = l.findStatic(pair, "inner", string);
        outer2 = l.findStatic(TransitionTest.class, "outer2", string);
        inner2 = MethodHandles.constant(String.class, "i2");
    }

    /** The replacement of {@code outer}: calls the instrumented {@code inner}, like the original. */
    static String outer2() throws Throwable {
        String head = "o2:";
        pause();
        return head + (String) callInner.invokeExact();
    }

    /** Whether the parked thread waits inside a quiescent region. */
    private static volatile boolean parkOffline;

    /** Parks the thread named by the test, once, until the test opens the gate. */
    public static void pause() {
        if (Thread.currentThread() != parkable) {
            return;
        }
        parkable = null;
        ThreadRecord offline = parkOffline ? Epoch.goOffline("parked-offline") : null;
        ARRIVED.get().countDown();
        try {
            OPEN.get().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (offline != null) {
                Epoch.goOnline(offline);
            }
        }
    }

    @AfterEach
    void idle() {
        if (transition != null) {
            transition.markAllSwitched();
            transition.finish();
        }
        for (MethodSlot s : List.of(outer, inner)) {
            Slots.idle(s);
        }
        OPEN.get().countDown();
    }

    /** Starts a thread calling {@code outer}, and waits until it is parked inside it. */
    private static CompletableFuture<String> parkInOuter(String name) throws InterruptedException {
        return parkInOuter(name, Thread::new);
    }

    /** {@link #parkInOuter(String)} on a thread that {@code threads} makes (a subclass, say). */
    private static CompletableFuture<String> parkInOuter(String name, BiFunction<Runnable, String, Thread> threads)
            throws InterruptedException {
        return parkDuring(name, threads, () -> (String) callOuter.invokeExact());
    }

    /**
     * Starts a thread that {@code threads} makes, running {@code call}, and waits until it is
     * parked at the pause of the {@code outer} that {@code call} runs.
     */
    private static CompletableFuture<String> parkDuring(String name, BiFunction<Runnable, String, Thread> threads,
            Call call) throws InterruptedException {
        ARRIVED.set(new CountDownLatch(1));
        OPEN.set(new CountDownLatch(1));
        CompletableFuture<String> answer = onNewThread(name, threads, () -> {
            parkable = Thread.currentThread();
            return call.run();
        });
        assertTrue(ARRIVED.get().await(10, TimeUnit.SECONDS), name + " did not arrive at the pause");
        return answer;
    }

    /** What {@code call} answers or throws on a new daemon thread that {@code threads} makes. */
    private static CompletableFuture<String> onNewThread(String name, BiFunction<Runnable, String, Thread> threads,
            Call call) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread t = threads.apply(() -> {
            try {
                answer.complete(call.run());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return answer;
    }

    private interface Call {
        String run() throws Throwable;
    }

    private static void release() {
        OPEN.get().countDown();
    }

    /** The kernel's init and start: the patch pushed in transition, the call sites to the slow path. */
    private Transition startPatching() {
        transition = Transition.initTransition("pair", Dispatcher.PATCHED);
        transition.addChangingMethod(VersionedPair.class.getName(), "outer", "()Ljava/lang/String;");
        transition.addChangingMethod(VersionedPair.class.getName(), "inner", "()Ljava/lang/String;");
        Slots.transition(outer, FuncStack.EMPTY.push("pair", outer2), policy);
        Slots.transition(inner, FuncStack.EMPTY.push("pair", inner2), policy);
        transition.startTransition();
        return transition;
    }

    private static ThreadRecord recordOf(Thread t) {
        for (ThreadRecord r : Epoch.records()) {
            if (r.owner() == t) {
                return r;
            }
        }
        return null;
    }

    /**
     * Rounds a millisecond apart until one completes {@code t}, for 5 s at most: every rule that
     * leaves threads to switch themselves ends 50 ms into the transition.
     */
    private static boolean completes(Transition t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!t.tryCompleteTransition(true)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private static int stateOf(Thread t) {
        ThreadRecord r = recordOf(t);
        return Dispatcher.stateOf(r == null ? 0 : r.patchStateVolatile(), Dispatcher.word());
    }

    @Test
    void aThreadParkedInTheOriginalCallerHoldsTheTransitionAndFinishesTheOriginalPair() throws Throwable {
        CompletableFuture<String> parked = parkInOuter("parked-in-original");
        Transition t = startPatching();

        assertFalse(t.tryCompleteTransition(), "the parked thread has the old outer on its stack");
        assertEquals(1, t.holders().size(), t.holders().toString());
        Transition.Holder holder = t.holders().get(0);
        assertEquals("parked-in-original", holder.thread().getName());
        assertEquals("outer", holder.frame().getMethodName());
        assertEquals("i2", (String) callInner.invokeExact(), "this thread's stack was clean: it switched");

        release();
        assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS), "the parked thread ran a mixed pair");
        assertTrue(t.tryCompleteTransition(), "nothing holds the transition any more: " + t.holders());
    }

    @Test
    void aForcedTransitionKeepsNoHolder() throws Throwable {
        CompletableFuture<String> parked = parkInOuter("held-then-forced");
        Transition t = startPatching();
        assertFalse(t.tryCompleteTransition(), "the parked thread has the old outer on its stack");
        assertEquals(1, t.holders().size(), t.holders().toString());

        t.forceTransition();
        // Every thread counts as switched: none holds it, and none is kept (found by review).
        assertEquals(List.of(), t.holders());
        release();
        parked.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aReadSectionKeepsTheStateItLatchedWhenTheThreadIsSwitchedUnderIt() throws Throwable {
        startPatching();
        // Entered through the slow path in the baseline state: the section latches UNPATCHED.
        CompletableFuture<String> parked = parkInOuter("latched");
        Thread latched = recordOwner("latched");
        ThreadRecord r = recordOf(latched);
        // What the transition does when its stack check came just before the thread entered.
        assertTrue(Dispatcher.switchTo(r, r.patchStateVolatile(), Dispatcher.word()));
        assertEquals(Dispatcher.PATCHED, stateOf(latched));

        release();
        assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS), "the section mixed the versions");
    }

    @Test
    void aPendingThreadSwitchesItselfAtItsOutermostExit() throws Throwable {
        Transition t = startPatching();
        CompletableFuture<String> parked = parkInOuter("self-switching");
        Thread self = recordOwner("self-switching");
        assertFalse(t.tryCompleteTransition(), "the thread is inside outer");
        assertEquals(Dispatcher.UNPATCHED, stateOf(self));
        assertTrue(recordOf(self).checkRequested(), "the round asked the held thread to check itself");

        release();
        assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS));
        // No round ran since: the thread switched itself on its way out of outer.
        assertEquals(Dispatcher.PATCHED, stateOf(self), "no self-switch at the outermost exit");
        assertFalse(recordOf(self).checkRequested());
    }

    @Test
    void aThreadFirstSeenDuringATransitionStartsInTheBaseline() throws Throwable {
        startPatching();
        CompletableFuture<String> answer = onNewThread("newcomer", Thread::new, () -> (String) callOuter.invokeExact());
        assertEquals("o1:i1", answer.get(10, TimeUnit.SECONDS), "a new thread runs the old pair until switched");
    }

    @Test
    void afterAllSwitchedEverySectionLatchesTheTarget() throws Throwable {
        Transition t = startPatching();
        t.markAllSwitched();
        CompletableFuture<String> parked = parkInOuter("late");
        release();
        assertEquals("o2:i2", parked.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aReversedTransitionMovesSwitchedThreadsBack() throws Throwable {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition(), t.holders().toString());
        assertEquals("i2", (String) callInner.invokeExact(), "switched by the round");
        t.reverseTransition();
        assertTrue(t.reversed());
        assertEquals(Dispatcher.PATCHED, stateOf(Thread.currentThread()), "states are absolute: still patched");
        t.startTransition();
        assertTrue(t.tryCompleteTransition(), t.holders().toString());
        assertEquals("i1", (String) callInner.invokeExact(), "switched back by the reversed round");
    }

    // ---------------------------------------------------------------- the completing grace period (issue 14)

    /** A grace period that gives up after 300 ms, so that a wait shows as {@code false}. */
    private static EpochDomain shortDomain() {
        return new EpochDomain(Barrier.defaultFor(Runtime.version().feature()), Duration.ofSeconds(10),
                Duration.ofMillis(300));
    }

    @Test
    void theCompletingGracePeriodDoesNotWaitForASectionLatchedToTheTarget() throws Throwable {
        Transition t = startPatching();
        t.markAllSwitched();
        // Latches the target (ALL_SWITCHED), then parks inside its section: a reader the
        // scheduler preempted, as far as the grace period can tell.
        CompletableFuture<String> parked = parkInOuter("target-latched");
        ThreadRecord r = recordOf(recordOwner("target-latched"));
        long key = Dispatcher.targetLatchKey(Dispatcher.word());
        assertEquals(key, r.latchOpaque(), "the section published the target's latch key");

        EpochDomain domain = shortDomain();
        assertFalse(domain.synchronize(), "a grace period for every section waits for it, and gives up");
        assertTrue(domain.synchronizeExcept(key), "the completing grace period needs not wait for it");
        assertTrue(r.announcedAcquire() != Epoch.IDLE, "the section was still open");
        release();
        assertEquals("o2:i2", parked.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theCompletingGracePeriodWaitsForASectionLatchedToTheStateBeingLeft() throws Throwable {
        startPatching();
        // Latches the baseline, then is switched under its section (a stack check taken just
        // before it entered): the o1:i2 case, which the completing grace period exists for.
        CompletableFuture<String> parked = parkInOuter("baseline-latched");
        ThreadRecord r = recordOf(recordOwner("baseline-latched"));
        assertTrue(Dispatcher.switchTo(r, r.patchStateVolatile(), Dispatcher.word()));
        transition.markAllSwitched();
        long key = Dispatcher.targetLatchKey(Dispatcher.word());
        assertTrue(r.latchOpaque() != key, "the section latched the state being left");

        assertFalse(shortDomain().synchronizeExcept(key), "the grace period waited for it, and gave up");
        release();
        assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS), "the section mixed the versions");
        assertTrue(shortDomain().synchronizeExcept(key), "once it ended, the grace period passes");
    }

    @Test
    void aLatchOfAnEarlierGenerationOfTheRequestIsWaitedFor() throws Throwable {
        Transition t = startPatching();
        t.markAllSwitched();
        CompletableFuture<String> parked = parkInOuter("first-generation");
        ThreadRecord r = recordOf(recordOwner("first-generation"));
        long first = Dispatcher.targetLatchKey(Dispatcher.word());
        assertEquals(first, r.latchOpaque());
        // Reversed twice: the same request and target, a later generation. The section's key
        // is of the first: in between, a section of that thread could have latched the other
        // state, so the key proves nothing about the thread's current section.
        t.reverseTransition();
        t.reverseTransition();
        t.markAllSwitched();
        long third = Dispatcher.targetLatchKey(Dispatcher.word());
        assertEquals(Dispatcher.request(first), Dispatcher.request(third));
        assertTrue(first != third, "the generation is part of the key");

        assertFalse(shortDomain().synchronizeExcept(third), "the grace period waited for it, and gave up");
        release();
        assertEquals("o2:i2", parked.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWorkerRoundThatSeesNoThreadSwitchItselfChecksTheStacks() throws Throwable {
        Transition t = startPatching();
        // The first round may leave the stacks to the threads (the transition is younger than
        // its first look); a later one in which no thread switched itself must check them.
        boolean first = t.tryCompleteTransition(true);
        Thread.sleep(5);
        assertTrue(t.tryCompleteTransition(true) || first, "no thread holds the transition: " + t.holders());
        assertFalse(t.selfSwitching());
        assertEquals("i2", (String) callInner.invokeExact(), "this thread was switched by the round");
    }

    /**
     * While a thread runs Java (so that the round leaves the stacks to threads switching
     * themselves), a worker round still looks at the parked platform threads at once from JDK 19,
     * where each look is a handshake the round runs itself: one parked outside the pair is
     * switched, one parked inside {@code outer} holds the transition. Before JDK 19 (a look is a
     * safepoint) both wait for the full look (issue 14).
     */
    @Test
    void aWorkerRoundLooksAtParkedThreadsAtOnceWhileAnotherRunsJava() throws Throwable {
        AtomicBoolean spin = new AtomicBoolean(true);
        Thread spinner = new Thread(() -> {
            while (spin.get()) {
                Thread.onSpinWait();
            }
        }, "spinner");
        CountDownLatch go = new CountDownLatch(1);
        Thread outside = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parked-outside");
        spinner.start();
        outside.start();
        CompletableFuture<String> inside = parkInOuter("parked-inside");
        try {
            while (outside.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
            Transition t = startPatching();
            assertFalse(t.tryCompleteTransition(true), "the thread parked in outer holds the transition");
            // The spinner runs Java, so the round leaves the others to switch themselves, unless
            // this round came 50 ms after the start (a stalled machine): then it looked at every
            // thread, and this test has nothing to show.
            assumeTrue(t.selfSwitching(), "the round came late and looked at every thread");
            boolean looks = Runtime.version().feature() >= 19;
            assertEquals(looks ? Dispatcher.PATCHED : Dispatcher.UNPATCHED, stateOf(outside),
                    "the thread parked outside the pair, after one worker round");
            assertEquals(Dispatcher.UNPATCHED, stateOf(threadNamed("parked-inside")), "the thread parked inside outer");
        } finally {
            spin.set(false);
            go.countDown();
            release();
            inside.get(10, TimeUnit.SECONDS);
            spinner.join(10_000);
            outside.join(10_000);
        }
    }

    /**
     * Where a look at stacks is a safepoint (JDK 17 and 18), the first worker round leaves more
     * than {@link Transition#IDLE_LOOK_MAX} parked threads to switch themselves, though none of
     * them runs Java: a pool's threads parked between requests wake to switch themselves, and a
     * safepoint that took all their stacks at the start of a transition was 15–50 ms under load
     * (issue 14). The next round, which sees that none switched itself, looks at them, without
     * waiting for 3 ms without progress (found by review: with threads switching themselves one
     * at a time, that waited for the 50 ms cap). From JDK 19 each look is a handshake with one
     * parked thread, and the first round takes them. A reversal's first round takes them on
     * every JDK.
     */
    @Test
    void aWorkerRoundLeavesManyParkedThreadsToTheNextRoundBeforeJdk19() throws Throwable {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> pool = new ArrayList<>();
        for (int i = 0; i < Transition.IDLE_LOOK_MAX + 8; i++) {
            Thread p = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "pool-" + i);
            p.start();
            pool.add(p);
        }
        try {
            for (Thread p : pool) {
                while (p.getState() != Thread.State.WAITING) {
                    Thread.sleep(1);
                }
            }
            long begin = System.nanoTime();
            Transition t = startPatching();
            long late = System.nanoTime() - begin;
            boolean first = t.tryCompleteTransition(true);
            Thread parked = pool.get(0);
            if (Runtime.version().feature() >= 19) {
                assertEquals(Dispatcher.PATCHED, stateOf(parked), "switched by the first round's look at it");
            } else {
                // Unless the round came 50 ms after the start (a stalled machine): then it looks
                // at every thread whatever the progress.
                assumeTrue(late < TimeUnit.MILLISECONDS.toNanos(40), "the round came late: " + late + " ns");
                assertFalse(first, "the pool is left to switch itself");
                assertTrue(t.selfSwitching());
                assertEquals(Dispatcher.UNPATCHED, stateOf(parked), "not looked at by the first round");
            }
            // By the rule (none switched itself since: switchingFast, tested below), or, should
            // this thread be stalled for 3 ms, because none switched itself for that long; or,
            // where another thread of this JVM runs Java meanwhile (the whole suite's, on a busy
            // machine), when the rounds stop leaving threads to themselves, 50 ms in at the latest.
            assertTrue(first || completes(t), "no thread holds the transition: " + t.holders());
            assertEquals(Dispatcher.PATCHED, stateOf(parked), "switched by a later round");
            // A reversal's rounds switch them back (its first round looks at them at once unless
            // another thread runs Java then: seen to fail on JDK 25 in the whole suite).
            t.reverseTransition();
            t.startTransition();
            assertTrue(completes(t), "no thread holds the reversal: " + t.holders());
            assertEquals(Dispatcher.UNPATCHED, stateOf(parked), "switched back by the reversal's rounds");
        } finally {
            go.countDown();
            for (Thread p : pool) {
                p.join(10_000);
            }
        }
    }

    /**
     * The rule by which a round leaves many parked threads to switch themselves where a look is
     * a safepoint: while, at the rate it saw since the last round, they would all have switched
     * within 20 ms. A pool waking at tens a millisecond is left to it; callers one a millisecond
     * (the review's case: 100 idle threads, 50 calling every 50 ms), or none, are not.
     */
    @Test
    void manyParkedThreadsAreLeftToSwitchThemselvesOnlyWhileTheyDoSoFast() {
        long ms = TimeUnit.MILLISECONDS.toNanos(1);
        assertTrue(Transition.switchingFast(20, ms, 190), "a pool waking at 20 a millisecond");
        assertTrue(Transition.switchingFast(100, 13 * ms, 112), "the same, seen by a late round");
        assertFalse(Transition.switchingFast(1, ms, 150), "one caller a millisecond");
        assertFalse(Transition.switchingFast(0, ms, 40), "none");
    }

    /** The live platform thread named {@code name}. */
    private static Thread threadNamed(String name) {
        for (Thread t : PlatformThreads.all()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no thread " + name);
    }

    @Test
    void aThreadFirstSeenDuringATransitionSwitchesItselfAtItsFirstExit() throws Throwable {
        startPatching();
        CompletableFuture<String> answer = onNewThread("newcomer-self", Thread::new,
                () -> (String) callOuter.invokeExact() + "|" + (String) callOuter.invokeExact());
        // No round ran: the new record asked its thread to check itself, which it did on its way
        // out of its first call, so its second call runs the new pair.
        assertEquals("o1:i1|o2:i2", answer.get(10, TimeUnit.SECONDS));
    }

    // ---------------------------------------------------------------- threads started during a transition

    /**
     * Parks a thread inside {@code outer} of the plain {@link VersionedPair}, the copy of the
     * class path, which has no trampoline: its thread never registers, and a round that looks at
     * it finds a changing method (by its name) on its stack.
     */
    private static CompletableFuture<String> parkInPlainOuter(String name) throws InterruptedException {
        return parkDuring(name, Thread::new, VersionedPair::outer);
    }

    /** What the {@code threads} command lists for the threads named {@code name}. */
    private static List<String> stateListed(String name) {
        return Transition.threadStates(true).stream().filter(s -> s.name().equals(name))
                .map(Transition.ThreadState::state).toList();
    }

    @Test
    void aThreadStartedAfterTheStartWithoutARecordIsSwitchedWithoutItsStack() throws Throwable {
        Transition t = startPatching();
        // Started after the call sites were switched, it could have entered a changing method
        // only through the transition path, which would have registered it: what it runs is not
        // the patch's (here, a copy without a trampoline), and its stack is not looked at.
        CompletableFuture<String> late = parkInPlainOuter("late-plain");
        assertTrue(t.tryCompleteTransition(), "held by " + t.holders());
        assertEquals(List.of("patched"), stateListed("late-plain"), "switched by the round, stack unseen");
        release();
        assertEquals("o1:i1", late.get(10, TimeUnit.SECONDS));
    }

    /**
     * A thread started after the start goes offline (a quiescent region, which registers it) and
     * calls outer there, under {@code warn}: an unprotected section latched to the state being
     * left, which the completing grace period does not wait for. A round that read the records
     * before it registered must still look at its stack (found by review: it was switched
     * blind, and then ran {@code o1:i2}).
     */
    @Test
    void aLateThreadOfflineIsLookedAtEvenIfTheRoundHadNoRecordOfIt() throws Throwable {
        policy = NotWatchingPolicy.WARN;
        Transition t = startPatching();
        CompletableFuture<String> late = parkDuring("late-offline", Thread::new, () -> {
            ThreadRecord off = Epoch.goOffline("late-region");
            try {
                return (String) callOuter.invokeExact();
            } finally {
                Epoch.goOnline(off);
            }
        });
        // What a round does with a thread whose record it did not read (it registered since).
        java.lang.reflect.Method trySwitch = Transition.class.getDeclaredMethod("trySwitch", Thread.class,
                ThreadRecord.class, StackTraceElement[].class, long.class, List.class);
        trySwitch.setAccessible(true);
        List<Transition.Holder> holding = new java.util.ArrayList<>();
        assertFalse((boolean) trySwitch.invoke(t, recordOwner("late-offline"), null, null, Dispatcher.word(), holding),
                "switched without its stack while inside o1");
        assertFalse(t.tryCompleteTransition(), "its stack shows o1");
        release();
        assertEquals("o1:i1", late.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aThreadAliveAtTheStartWithoutARecordIsLookedAt() throws Throwable {
        CompletableFuture<String> early = parkInPlainOuter("early-plain");
        Transition t = startPatching();
        assertFalse(t.tryCompleteTransition(), "its stack shows outer");
        assertTrue(t.holders().stream().anyMatch(h -> h.thread().getName().equals("early-plain")),
                "holders: " + t.holders());
        assertEquals(List.of("unpatched pending"), stateListed("early-plain"));
        release();
        assertEquals("o1:i1", early.get(10, TimeUnit.SECONDS));
    }

    // ---------------------------------------------------------------- from the review of issue 14

    /** Parks a thread whose class overrides getId() (legal on JDK 17..25) inside the original outer. */
    private static CompletableFuture<String> parkOddIdInOuter(String name, long fakeId) throws InterruptedException {
        return parkInOuter(name, (run, threadName) -> new Thread(run, threadName) {
            @Override
            public long getId() {
                return fakeId;
            }
        });
    }

    @Test
    void aThreadWhoseGetStackTraceLiesStillHoldsTheTransition() throws Throwable {
        CompletableFuture<String> parked = parkInOuter("liar", (run, name) -> new Thread(run, name) {
            @Override
            public StackTraceElement[] getStackTrace() {
                return new StackTraceElement[0];
            }
        });
        Transition t = startPatching();
        assertFalse(t.tryCompleteTransition(), "switched by the stack its class made up");
        assertTrue(t.holders().stream().anyMatch(h -> h.thread().getName().equals("liar")), "holders: " + t.holders());
        release();
        assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aThreadWhoseGetIdIsOverriddenStillHoldsTheTransition() throws Throwable {
        CompletableFuture<String> parked = parkOddIdInOuter("odd-id", 987_654_321L);
        Transition t = startPatching();
        boolean complete = t.tryCompleteTransition();
        if (complete) {
            // What the driver does next: ALL_SWITCHED, then the grace period (nothing to wait for:
            // the parked thread entered outer without a section), then the stable shapes.
            t.markAllSwitched();
            // The grace period has nothing to wait for (outer was entered without a section);
            // then the stable shapes, as finishCompletionLocked publishes them.
            assertTrue(shortDomain().synchronizeExcept(Dispatcher.targetLatchKey(Dispatcher.word())));
            Slots.stable(outer, FuncStack.EMPTY.push("pair", outer2));
            Slots.stable(inner, FuncStack.EMPTY.push("pair", inner2));
        }
        release();
        String ran = parked.get(10, TimeUnit.SECONDS);
        assertEquals("false o1:i1", complete + " " + ran,
                "the round counted a live thread parked in the original outer as switched; it then ran " + ran);
    }

    @Test
    void aThreadWhoseGetIdIsZeroDoesNotBreakARound() throws Throwable {
        CompletableFuture<String> parked = parkOddIdInOuter("zero-id", 0L);
        Transition t = startPatching();
        try {
            String first;
            try {
                first = String.valueOf(t.tryCompleteTransition(true));
            } catch (RuntimeException e) {
                first = e.toString();
            }
            String second;
            try {
                second = String.valueOf(t.tryCompleteTransition());
            } catch (RuntimeException e) {
                second = e.toString();
            }
            assertEquals("false false", first + " " + second, "a worker round, then a full round");
        } finally {
            release();
            parked.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aQuiescentRegionInsideAReadSectionDoesNotHideTheSectionFromGracePeriods() throws Throwable {
        startPatching();
        parkOffline = true;
        try {
            // Enters outer on the slow path (latches the baseline), then goes offline inside it.
            CompletableFuture<String> parked = parkInOuter("offline-inside-section");
            ThreadRecord r = recordOf(recordOwner("offline-inside-section"));
            assertTrue(r.announcedAcquire() != Epoch.IDLE, "inside its section");
            assertTrue(Dispatcher.switchTo(r, r.patchStateVolatile(), Dispatcher.word()));
            transition.markAllSwitched();
            long key = Dispatcher.targetLatchKey(Dispatcher.word());
            assertTrue(r.latchOpaque() != key, "the section latched the state being left");
            boolean passed = shortDomain().synchronizeExcept(key);
            boolean passedPlain = shortDomain().synchronize();
            if (passed) {
                // What finishCompletionLocked does after a grace period that passed: stable shapes.
                Slots.stable(outer, FuncStack.EMPTY.push("pair", outer2));
                Slots.stable(inner, FuncStack.EMPTY.push("pair", inner2));
            }
            release();
            String ran = parked.get(10, TimeUnit.SECONDS);
            assertEquals("false false", passed + " " + passedPlain,
                    "a grace period passed while a section latched to the state being left was open; it ran " + ran);
        } finally {
            parkOffline = false;
        }
    }

    // ---------------------------------------------------------------- offline threads (DESIGN §5)

    /** What the not-watching handler heard: "method region policy original" per call, and rollbacks. */
    private static final List<String> HEARD = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static void listen() {
        HEARD.clear();
        Dispatcher.setNotWatchingHandler(new Dispatcher.NotWatchingHandler() {
            @Override
            public void notWatching(MethodSlot slot, String region, NotWatchingPolicy policy, boolean withoutPatch,
                    boolean unmarked) {
                HEARD.add(slot.name().replaceAll(".*\\.", "") + " " + region + " " + policy + " " + withoutPatch
                        + " offline=" + recordOf(Thread.currentThread()).offlineVolatile());
            }

            @Override
            public void rollback(MethodSlot slot, String region, int request) {
                HEARD.add("rollback " + region + " in request " + request);
            }

            @Override
            public boolean stillInside(String region) {
                return false;
            }
        });
    }

    @AfterEach
    void quiet() {
        Dispatcher.setNotWatchingHandler(null);
        policy = NotWatchingPolicy.WATCH;
    }

    /** Runs the pair on this thread inside a quiescent region, under {@code policy}; its answer. */
    private static String offlineCall(NotWatchingPolicy policy) throws Throwable {
        Slots.policy(outer, policy);
        Slots.policy(inner, policy);
        ThreadRecord r = Epoch.goOffline("test-region");
        try {
            assertTrue(r.offlineVolatile());
            return (String) callOuter.invokeExact();
        } finally {
            Epoch.goOnline(r);
            assertFalse(r.offlineVolatile(), "the region ended");
        }
    }

    @Test
    void aChangedMethodBelowAQuiescentRegionStillHoldsTheTransition() throws Throwable {
        parkOffline = true;
        try {
            CompletableFuture<String> parked = parkInOuter("offline-in-outer");
            Thread offline = recordOwner("offline-in-outer");
            assertTrue(recordOf(offline).offlineVolatile(), "parked inside a quiescent region");
            Transition t = startPatching();
            assertFalse(t.tryCompleteTransition(), "the original outer is on the offline thread's stack");
            assertEquals("offline-in-outer", t.holders().get(0).thread().getName());
            release();
            assertEquals("o1:i1", parked.get(10, TimeUnit.SECONDS), "the offline thread ran a mixed pair");
            assertTrue(t.tryCompleteTransition(), t.holders().toString());
        } finally {
            parkOffline = false;
        }
    }

    @Test
    void anOfflineThreadWithACleanStackIsSwitchedAtOnce() throws Throwable {
        CountDownLatch inRegion = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread idle = new Thread(() -> {
            ThreadRecord r = Epoch.goOffline("idle-loop");
            inRegion.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Epoch.goOnline(r);
            }
        }, "idle-offline");
        idle.start();
        inRegion.await();
        try {
            Transition t = startPatching();
            assertTrue(t.tryCompleteTransition(), "an idle offline thread holds nothing: " + t.holders());
            assertEquals(Dispatcher.PATCHED, stateOf(idle));
        } finally {
            leave.countDown();
            idle.join();
        }
    }

    @Test
    void watchTracksTheOfflineThreadForTheCallAndWarnsOnce() throws Throwable {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition(), t.holders().toString());
        listen();
        assertEquals("o2:i2", offlineCall(NotWatchingPolicy.WATCH), "this thread switched: the new pair");
        // Online for the call: the nested inner() was watched, so only outer() was reported.
        assertEquals(List.of("outer()Ljava/lang/String; test-region WATCH false offline=false"), HEARD);
        ThreadRecord r = recordOf(Thread.currentThread());
        assertEquals(Epoch.IDLE, r.announcedAcquire());
    }

    /** Switched by an unpatching transition (here a reversed patching one): the original, offline. */
    @Test
    void originalRunsTheOriginalPairOfflineOnAThreadSwitchedToUnpatched() throws Throwable {
        startSwitchedToUnpatched();
        listen();
        assertEquals("o1:i1", offlineCall(NotWatchingPolicy.ORIGINAL));
        assertEquals(List.of("outer()Ljava/lang/String; test-region ORIGINAL true offline=true",
                "inner()Ljava/lang/String; test-region ORIGINAL true offline=true"), HEARD);
    }

    /**
     * Anywhere else the original pair offline could mix versions: a switched thread runs the
     * patch, and a thread not yet switched may be switched under its feet, the completion then
     * giving it the patched {@code inner} under the original {@code outer}. Both are tracked.
     */
    @Test
    void originalTracksTheCallWhereTheOriginalCouldMixVersions() throws Throwable {
        Transition t = startPatching();
        listen();
        assertEquals("o1:i1", offlineCall(NotWatchingPolicy.ORIGINAL), "first seen in the transition: the old pair");
        assertEquals(List.of("outer()Ljava/lang/String; test-region ORIGINAL false offline=false"), HEARD);
        assertTrue(t.tryCompleteTransition());
        HEARD.clear();
        assertEquals("o2:i2", offlineCall(NotWatchingPolicy.ORIGINAL), "switched: the new pair");
        assertEquals(List.of("outer()Ljava/lang/String; test-region ORIGINAL false offline=false"), HEARD);
    }

    /** A patching transition completed for this thread, then reversed: it is at the target, unpatched. */
    private Transition startSwitchedToUnpatched() {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition(), t.holders().toString());
        t.reverseTransition();
        t.startTransition();
        assertTrue(t.tryCompleteTransition(), t.holders().toString());
        assertEquals(Dispatcher.UNPATCHED, stateOf(Thread.currentThread()));
        return t;
    }

    @Test
    void trylockHoldsThePatchLockForTheCallOrRunsAsOriginalDoes() throws Throwable {
        listen();
        startSwitchedToUnpatched();
        HEARD.clear();
        assertEquals("o1:i1", offlineCallWhileLocked(), "the lock was taken, unpatching: the original pair");
        assertEquals("outer()Ljava/lang/String; test-region TRYLOCK true offline=true", HEARD.get(0));
        transition.markAllSwitched();
        transition.finish();

        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition());
        HEARD.clear();
        assertEquals("o2:i2", offlineCall(NotWatchingPolicy.TRYLOCK));
        assertEquals(null, PatchLock.pinnedBy, "let go at the end of the call");
        assertEquals("outer()Ljava/lang/String; test-region TRYLOCK false offline=true", HEARD.get(0));
        HEARD.clear();
        assertEquals("o2:i2", offlineCallWhileLocked(), "the lock was taken, switched: tracked for the call");
        assertEquals(List.of("outer()Ljava/lang/String; test-region TRYLOCK false offline=false"), HEARD);
    }

    /** {@link #offlineCall} under trylock while another thread holds the patch lock. */
    private static String offlineCallWhileLocked() throws Throwable {

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            PatchLock.get().lock("a test");
            try {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                PatchLock.get().unlock();
            }
        }, "lock-holder");
        holder.start();
        held.await();
        try {
            return offlineCall(NotWatchingPolicy.TRYLOCK);
        } finally {
            done.countDown();
            holder.join();
        }
    }

    @Test
    void warnRunsTheLatchedStateUnprotected() throws Throwable {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition());
        listen();
        assertEquals("o2:i2", offlineCall(NotWatchingPolicy.WARN));
        assertEquals(List.of("outer()Ljava/lang/String; test-region WARN false offline=true",
                "inner()Ljava/lang/String; test-region WARN false offline=true"), HEARD);
    }

    @Test
    void rollbackWatchesTheCallAndAsksForTheReversal() throws Throwable {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition());
        listen();
        assertEquals("o2:i2", offlineCall(NotWatchingPolicy.ROLLBACK));
        // The rollback first: the report is slow at its first call, and a round could complete
        // the transition meanwhile (review).
        // Keyed by the request the call was routed in, so that a late one cannot reverse the next
        // transition (helper-48 F2).
        assertEquals(List.of("rollback test-region in request " + t.request(),
                "outer()Ljava/lang/String; test-region ROLLBACK false offline=false"), HEARD);
    }

    @Test
    void anOnlineThreadIsNotReported() throws Throwable {
        Transition t = startPatching();
        assertTrue(t.tryCompleteTransition());
        listen();
        assertEquals("o2:i2", (String) callOuter.invokeExact());
        assertEquals(List.of(), HEARD);
    }

    private static Thread recordOwner(String name) {
        for (ThreadRecord r : Epoch.records()) {
            if (r.owner().getName().equals(name) && r.owner().isAlive()) {
                return r.owner();
            }
        }
        throw new AssertionError("no record for thread " + name);
    }
}
