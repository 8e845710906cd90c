package io.jlivepatch.core;

import io.jlivepatch.bootstrap.AgentPackages;
import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.log.Log;
import io.jlivepatch.transition.Transition;
import java.lang.StackWalker.StackFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * What the agent says of a patched method that ran, in a transition, on a thread in a quiescent
 * region (DESIGN §5): the kernel's {@code WARN_ONCE(!rcu_is_watching())}. The first such call of
 * each method logs one warning, with the method, its caller, the thread, the region, the policy
 * taken and what is at risk, and a stack trace; every call is counted and recorded as a JFR event.
 * Runs on application threads, inside the call's read section, so it never throws.
 */
final class NotWatching implements Dispatcher.NotWatchingHandler {

    private static final Logger LOG = Log.get(NotWatching.class);

    /** Per method: whether it was reported, and how many calls. */
    private record Count(AtomicBoolean warned, LongAdder calls, String policy) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<String> patchInTransition;
    private final Rollbacks rollback;

    /** Where the rollback policy's requests go: {@code TransitionDriver.rollbackRequested}. */
    interface Rollbacks {
        void request(MethodSlot slot, String region, int request);
    }

    NotWatching(java.util.function.Supplier<String> patchInTransition, Rollbacks rollback) {
        this.patchInTransition = patchInTransition;
        this.rollback = rollback;
        prepare();
    }

    /**
     * Loads and initialises, on the thread that starts the agent, what the first call of the
     * handler would otherwise load on an application thread inside a read section: the JFR event,
     * whose initialisation registers it with JFR (tens of milliseconds of reflection, annotation
     * parsing and file access), the count record, the switch of consequences and the frame
     * formatter ({@code Transition.Holder}), which would come
     * out of the agent jar through the JDK's class loading. Patchable JDK code would then run
     * inside the patching machinery (RefusalListIT).
     */
    private static void prepare() {
        ClassLoader loader = NotWatching.class.getClassLoader();
        try {
            Class.forName(Count.class.getName(), true, loader);
            consequence(NotWatchingPolicy.WATCH, false);
            Class.forName(NotWatchingEvent.class.getName(), true, loader);
            // The warning names the caller's frame with it; a transition round, on the control
            // thread, loads it only when a thread holds one (CI, JDK 25: first loaded here).
            Class.forName(io.jlivepatch.transition.Transition.Holder.class.getName(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // The first call loads them, or fails, as it would have.
            LOG.debug("cannot prepare the not-watching handler: {}", e.toString());
        }
    }

    @Override
    public void notWatching(MethodSlot slot, String region, NotWatchingPolicy policy, boolean withoutPatch,
            boolean unmarked) {
        String policyName = policy.policyName();
        Count c = counts.computeIfAbsent(slot.name(),
                k -> new Count(new AtomicBoolean(), new LongAdder(), policyName));
        c.calls().increment();
        String patch = patchInTransition.get();
        NotWatchingEvent event = new NotWatchingEvent();
        if (event.shouldCommit()) {
            event.patch = patch;
            event.method = slot.name();
            event.region = region;
            event.policy = policyName;
            event.withoutPatch = withoutPatch;
            event.enteredBeforeAttach = unmarked;
            event.commit();
        }
        if (c.warned().compareAndSet(false, true)) {
            Thread t = Thread.currentThread();
            Throwable where = new Throwable("stack of '" + t.getName() + "'");
            LOG.warn("'{}': {} ran on thread '{}' (#{}) inside quiescent region {}, called from {}: {}; policy {}: {}",
                    patch, slot.name(), t.getName(), Epoch.threadId(t), region, caller(),
                    unmarked ? "the thread entered the region before the agent was attached, so it runs the region"
                            + " unmarked and reclamation still tracks it" : "reclamation is not tracking this thread",
                    policyName, consequence(policy, withoutPatch), where);
        }
    }

    @Override
    public void rollback(MethodSlot slot, String region, int request) {
        rollback.request(slot, region, request);
    }

    @Override
    public boolean stillInside(String region) {
        int dot = region.lastIndexOf('.');
        String className = region.substring(0, dot);
        String method = region.substring(dot + 1);
        return StackWalker.getInstance().walk(s -> s.anyMatch(
                f -> f.getMethodName().equals(method) && f.getClassName().equals(className)));
    }

    private static String consequence(NotWatchingPolicy policy, boolean withoutPatch) {
        return switch (policy) {
            case WATCH -> "tracked for the call (a fenced store), later calls are counted";
            case TRYLOCK -> withoutPatch
                    ? "the patch lock was taken, so it ran the code without the patch, which the unpatching"
                            + " transition had switched it to; later calls are counted"
                    : "held the patch lock for the call or, the lock being taken, was tracked for it (a fenced"
                            + " store); later calls are counted";
            case ORIGINAL -> withoutPatch
                    ? "ran the code without the patch (the original method), which the unpatching transition had"
                            + " switched it to; later calls are counted"
                    : "the original method would mix versions unless the thread is switched by an unpatching"
                            + " transition, so it was tracked for the call (a fenced store); later calls are counted";
            case ROLLBACK -> "tracked for the call; the transition is reversed";
            case WARN -> "ran unprotected: its code may be reclaimed under it, or the thread may mix the"
                    + " patch's versions; later calls are counted";
        };
    }

    /**
     * The patched method's caller: the frame below the first frame outside the agent's bootstrap
     * and core, which is the patched method's own.
     */
    private static String caller() {
        List<StackFrame> frames = StackWalker.getInstance().walk(s -> s
                .dropWhile(f -> AgentPackages.contains(f.getClassName()))
                .limit(2)
                .collect(Collectors.toList()));
        if (frames.size() < 2) {
            return "(no caller)";
        }
        return Transition.Holder.describe(frames.get(1).toStackTraceElement());
    }

    /** Each method that ran so: {@code <method> <calls> <policy>}. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((method, c) -> lines.add(method + " " + c.calls().sum() + " " + c.policy()));
        lines.sort(null);
        return lines;
    }
}
