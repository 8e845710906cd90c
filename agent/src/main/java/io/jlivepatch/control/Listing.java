package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.PatchStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * How the control plane writes what the core answers: the one place each line format is made,
 * for the CLI and JMX alike.
 */
final class Listing {

    private Listing() {
    }

    /**
     * {@code list}: per patch {@code <id> <enabled|disabled>[ replace][ forced][ replaced by
     * 'cum'[, since unloaded]][ (patching: 3/4 threads switched[, completing: waiting for a read
     * section])][ "<description>"]}, then its targets indented,
     * {@code <class.method(descriptor)> <state>[ (<n> classes[, failed in <k>: why])]}: {@code failed in}
     * when the patch runs in some classes of that name and not in the others. The state is always
     * the second word.
     */
    static List<String> patches(List<PatchStatus> patches) {
        List<String> lines = new ArrayList<>();
        for (PatchStatus p : patches) {
            lines.add(p.id() + " " + (p.enabled() ? "enabled" : "disabled")
                    + (p.replace() ? " replace" : "")
                    + (p.forced() ? " forced" : "")
                    + (p.replacedBy() != null ? " replaced by " + p.replacedBy() : "")
                    + (p.transition() != null ? " (" + p.transition() + ")" : "")
                    + (p.description().isEmpty() ? "" : " \"" + p.description() + "\""));
            for (PatchStatus.Target t : p.targets()) {
                String classes = t.classes() > 1 ? t.classes() + " classes" : null;
                String failed = t.failedIn() == null ? null : "failed in " + t.failedIn();
                String aside = classes == null ? failed : failed == null ? classes : classes + ", " + failed;
                lines.add("  " + t.method() + " " + t.state() + (aside == null ? "" : " (" + aside + ")"));
            }
        }
        return lines;
    }

    /** {@code list} as the CLI prints it: the patches, or a line saying there are none, then the barrier. */
    static List<String> list(PatchManager manager) {
        List<String> lines = patches(manager.list());
        if (lines.isEmpty()) {
            lines.add("no patches loaded");
        }
        lines.add("grace periods: " + manager.barrier() + " barrier");
        return lines;
    }

    /**
     * {@code threads}: {@code no transition} or {@code transition 'fix' patching: 12/14 threads
     * switched}, then {@code <id> <state> "<name>"} per live thread.
     */
    static List<String> threads(PatchManager.ThreadsStatus status) {
        List<String> lines = new ArrayList<>();
        lines.add(status.transition() == null ? "no transition" : "transition " + status.transition());
        for (var t : status.threads()) {
            lines.add(t.id() + " " + t.state() + " \"" + t.name() + "\"");
        }
        return lines;
    }

    /** {@code stacks}: {@code class.name(desc): p1 p2* (2 classes)}, {@code *} after a top in transition. */
    static List<String> stacks(List<PatchManager.StackStatus> stacks) {
        List<String> lines = new ArrayList<>();
        for (PatchManager.StackStatus s : stacks) {
            StringBuilder line = new StringBuilder(s.method()).append(':');
            for (String id : s.patches()) {
                line.append(' ').append(id);
            }
            if (s.topInTransition()) {
                line.append('*');
            }
            line.append(" (").append(s.classes()).append(s.classes() == 1 ? " class)" : " classes)");
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * How many of a loaded patch's functions are {@code pending}, as {@code list} says: bound to
     * no class yet, because their class was not loaded when the patch was (it may load later, as
     * the kernel's patch for a module not loaded yet waits for it), and has not run since (a class
     * a pre-patch callback loads, say: found by review). All of them pending is also what a patch
     * made for another application shows: said, since "enabled" alone reads as "running".
     */
    private static String waiting(PatchManager.Loaded p) {
        if (p.pending() == 0) {
            return "";
        }
        if (p.pending() < p.functions()) {
            return "; pending: " + p.pending() + " of its functions, whose classes were not loaded when it was, nor have"
                    + " run since";
        }
        return "; pending: none of its classes was loaded when it was, nor has run since";
    }

    /** What {@code load} answers: a line per patch. */
    static List<String> loaded(List<PatchManager.Loaded> loaded) {
        List<String> lines = new ArrayList<>();
        for (PatchManager.Loaded p : loaded) {
            lines.add("loaded patch '" + p.id() + "' (" + p.functions() + " function" + (p.functions() == 1 ? "" : "s")
                    + "), enabled" + (p.replacedBy() != null ? ", then replaced by " + p.replacedBy() : waiting(p)));
        }
        return lines;
    }
}
