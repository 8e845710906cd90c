package io.jlivepatch.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a patched method in transition does on a thread in a quiescent region, where reclamation
 * is not tracking it (DESIGN §5). The one type for the policies: the agent argument, the patch's
 * {@code @LivePatch(notWatching = ...)}, the slot and the warning all use it.
 */
public enum NotWatchingPolicy {
    /** Comes online for the call (a fenced store), runs its version, goes offline again. */
    WATCH,
    /** Holds the patch lock for the call; when another thread holds it, does what ORIGINAL does. */
    TRYLOCK,
    /** Runs the code without the patch where that is what the thread runs once the transition is over. */
    ORIGINAL,
    /** Comes online for the call, and reverses the transition. */
    ROLLBACK,
    /** Runs its version, unprotected. */
    WARN;

    /** The name users write, made once: the not-watching report asks on application threads. */
    private final String policyName = name().toLowerCase(Locale.ROOT);

    /** The name users write: {@code watch}, {@code trylock}, ... */
    public String policyName() {
        return policyName;
    }

    /** The policy named {@code name}, or {@code null} when there is none. */
    public static NotWatchingPolicy of(String name) {
        for (NotWatchingPolicy p : values()) {
            if (p.policyName().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** {@code watch, trylock, original, rollback or warn}, for messages. */
    public static String choices() {
        List<String> names = new ArrayList<>();
        for (NotWatchingPolicy p : values()) {
            names.add(p.policyName());
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
