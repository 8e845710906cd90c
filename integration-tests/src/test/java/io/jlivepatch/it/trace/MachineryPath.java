package io.jlivepatch.it.trace;

import java.util.List;

/**
 * The paths of the agent that run on application threads, each by the entry points whose entry
 * and exits the tracer hooks (DESIGN §9: what they run on is never a target). Paths nest (the
 * dispatcher runs the not-watching policies, a trampoline's method handle runs the replacement and
 * the trampolines it calls); a JDK class is recorded with the path of the innermost entry point
 * it ran under.
 *
 * <p>{@link #LINK} and {@link #INVOKE} are not methods but instructions of the trampolines the
 * agent emits: the {@code invokedynamic} of a call site, whose linking runs the JDK's
 * {@code java.lang.invoke} machinery and then {@code Trampolines.bootstrap}, and the
 * {@code MethodHandle.invokeExact} of the handle it answers (the stable path, and the entries of
 * the transition path), which runs the replacement too: the replacements of a traced JVM must
 * call no JDK method.
 */
public enum MachineryPath {

    LINK("linking a trampoline's call site", null),
    INVOKE("calling a trampoline's method handle", null),
    BOOTSTRAP("linking a trampoline's call site", "io/jlivepatch/bootstrap/Trampolines", "bootstrap"),
    BIND("binding a late class's call site", "io/jlivepatch/core/MethodTable", "bind"),
    ENTER("entering a read section", "io/jlivepatch/bootstrap/Epoch", "enter"),
    REGISTER("a thread's first read section", "io/jlivepatch/bootstrap/Epoch", "register"),
    PRUNE("a thread's first read section", "io/jlivepatch/bootstrap/Epoch", "pruneDeadLocked"),
    ROUTE("the transition path", "io/jlivepatch/bootstrap/Dispatcher", "route"),
    NOT_WATCHING("the not-watching policies", "io/jlivepatch/bootstrap/Dispatcher", "notWatching"),
    WATCH("the not-watching policies", "io/jlivepatch/bootstrap/Epoch", "watch"),
    TRYLOCK("the not-watching policies", "io/jlivepatch/bootstrap/PatchLock", "tryPin"),
    ORIGINAL("the not-watching policies", "io/jlivepatch/bootstrap/Dispatcher", "withoutPatchOrWatched"),
    WARNING("the not-watching warning", "io/jlivepatch/core/NotWatching", "notWatching"),
    ROLLBACK("the not-watching policies", "io/jlivepatch/core/NotWatching", "rollback"),
    EXIT("leaving a read section", "io/jlivepatch/bootstrap/Epoch", "exit", "exitIfEntered"),
    SWITCH_SELF("a thread's own switch", "io/jlivepatch/bootstrap/Dispatcher", "switchSelf"),
    STACK_WALK("a thread's own switch", "io/jlivepatch/transition/StackCheck", "mayLeave"),
    OFFLINE("entering a quiescent region", "io/jlivepatch/bootstrap/Epoch", "goOffline"),
    ONLINE("leaving a quiescent region", "io/jlivepatch/bootstrap/Epoch", "goOnline", "goOnlineCurrent"),
    RESCAN("leaving a quiescent region", "io/jlivepatch/bootstrap/Epoch", "rescanIfDropped");

    /** What the path does, for the report and the refusal reasons. */
    public final String what;
    /** The internal name of the class whose methods are the entry points, or null. */
    public final String owner;
    public final List<String> methods;

    MachineryPath(String what, String owner, String... methods) {
        this.what = what;
        this.owner = owner;
        this.methods = List.of(methods);
    }

    /** The path whose entry point is {@code owner.method}, or null. */
    static MachineryPath of(String owner, String method) {
        for (MachineryPath p : values()) {
            if (owner.equals(p.owner) && p.methods.contains(method)) {
                return p;
            }
        }
        return null;
    }

    static boolean isOwner(String internalName) {
        for (MachineryPath p : values()) {
            if (internalName.equals(p.owner)) {
                return true;
            }
        }
        return false;
    }
}
