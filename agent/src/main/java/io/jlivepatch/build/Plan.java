package io.jlivepatch.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What a comparison of two builds found: the methods to replace, the methods and classes the
 * replacements need carried along, and what cannot be made live, each with its reason. Everything
 * is kept in name order, so that two builds of the same inputs write the same report and jar.
 */
final class Plan {

    /**
     * A method whose code changed: its replacement runs {@code method}, the new build's body, in
     * place of the running method {@code target} (of the same descriptor). The two names differ
     * only for a lambda whose javac number changed ({@link Diff}'s lambda pairing).
     */
    record Changed(ClassNode owner, MethodNode method, String target, String oldFingerprint, String newFingerprint) {
        String name() {
            return display(owner.name, target, method.desc);
        }

        /** The unit of the patch this body is: by the new build's name, as {@link Plan#key}. */
        String unit() {
            return key(owner.name, method.name, method.desc);
        }
    }

    /** A method the patch carries as a static helper: new in the new build, or reached by a method handle. */
    record Carried(ClassNode owner, MethodNode method, String why) {
        String name() {
            return display(owner.name, method.name, method.desc);
        }
    }

    /** What a refusal leaves out of the patch. */
    enum Extent {
        /** Every change of the class: its methods' code may rely on what was refused (a field, the hierarchy). */
        CLASS,
        /** The member's replacement or helper, and, transitively, whatever of the patch uses it. */
        MEMBER,
        /** Nothing the patch writes: the running code stays as it is (a lambda the build cannot match). */
        RUNNING
    }

    /**
     * A change that cannot be made live, and why: of member {@code member} ({@code null} for the
     * class itself).
     */
    record Refusal(String className, String member, String reason, Extent extent) {
        String where() {
            return className.replace('/', '.') + (member == null ? "" : "." + member);
        }
    }

    /** Every class of the new build, parsed with its frames (which the replacements keep). */
    final Map<String, ClassNode> newBuild = new TreeMap<>();
    /** Every class of the old build. */
    final Map<String, ClassNode> oldBuild = new TreeMap<>();
    final List<Changed> changed = new ArrayList<>();
    /** By {@code owner.name + descriptor}. */
    final Map<String, Carried> carried = new TreeMap<>();
    /** Internal names of the classes only the new build has. */
    final List<String> newClasses = new ArrayList<>();
    final List<Refusal> refused = new ArrayList<>();
    /** What the patch leaves as it is, for the reader of the report: removed methods and classes. */
    final List<String> notes = new ArrayList<>();
    /**
     * What each unit of the patch's code uses of the others: a unit is a method body (a
     * replacement or helper, by {@link #key}) or a new class (by internal name). A unit that uses
     * one the patch leaves out is left out too ({@link #leaveOutDependents}).
     */
    final Map<String, Set<String>> uses = new TreeMap<>();
    /**
     * Anonymous classes whose javac number now names other code ({@link Diff}): refused, and
     * whatever of the patch names them is left out, since it would reach the running class.
     */
    final Set<String> renumbered = new TreeSet<>();
    /** Warnings about a unit's code that the build cannot decide, by unit. */
    final Map<String, String> warnings = new TreeMap<>();

    static String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    static String display(String owner, String name, String descriptor) {
        return owner.replace('/', '.') + "." + name + descriptor;
    }

    /** Whether {@code className} has a refusal that leaves all its changes out. */
    boolean classRefused(String className) {
        for (Refusal r : refused) {
            if (r.className().equals(className) && r.extent() == Extent.CLASS) {
                return true;
            }
        }
        return false;
    }

    boolean methodRefused(String className, String nameAndDescriptor) {
        for (Refusal r : refused) {
            if (r.className().equals(className) && nameAndDescriptor.equals(r.member())
                    && r.extent() == Extent.MEMBER) {
                return true;
            }
        }
        return false;
    }

    /** Whether a method body stays out of the patch: it, or its class, was refused. */
    boolean leftOut(String className, String nameAndDescriptor) {
        return classRefused(className) || methodRefused(className, nameAndDescriptor);
    }

    /** Whether unit {@code unit} (see {@link #uses}) stays out of the patch. */
    boolean unitLeftOut(String unit) {
        int dot = unit.indexOf('.');
        return dot < 0 ? classRefused(unit) : leftOut(unit.substring(0, dot), unit.substring(dot + 1));
    }

    /**
     * Whether {@code unit} is something the patch's code needs as the new build has it: a helper,
     * a new class, or an anonymous class that the running build numbers otherwise.
     */
    private boolean provided(String unit) {
        return carried.containsKey(unit) || newClasses.contains(unit) || renumbered.contains(unit);
    }

    /**
     * Refuses, until none is left, each unit that uses a helper or new class the patch leaves out:
     * its code would call what the running application does not have.
     */
    void leaveOutDependents() {
        for (boolean again = true; again; ) {
            again = false;
            for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
                String unit = e.getKey();
                if (unitLeftOut(unit)) {
                    continue;
                }
                for (String used : e.getValue()) {
                    if (!used.equals(unit) && provided(used) && unitLeftOut(used)) {
                        refuseUnit(unit, "it uses " + displayUnit(used) + ", which the patch leaves out (see its"
                                + " refusal), and the running application does not have");
                        again = true;
                        break;
                    }
                }
            }
        }
    }

    /** Refuses unit {@code unit} (see {@link #uses}) for {@code reason}. */
    void refuseUnit(String unit, String reason) {
        int dot = unit.indexOf('.');
        refused.add(dot < 0 ? new Refusal(unit, null, reason, Extent.CLASS)
                : new Refusal(unit.substring(0, dot), unit.substring(dot + 1), reason, Extent.MEMBER));
    }

    private static String displayUnit(String unit) {
        return unit.replace('/', '.');
    }

    /** The changed methods the patch replaces. */
    List<Changed> included() {
        List<Changed> in = new ArrayList<>();
        for (Changed c : changed) {
            if (!leftOut(c.owner().name, c.method().name + c.method().desc)) {
                in.add(c);
            }
        }
        return in;
    }

    /** The carried methods the patch writes helpers for. */
    List<Carried> carriedIncluded() {
        List<Carried> in = new ArrayList<>();
        for (Carried c : carried.values()) {
            if (!leftOut(c.owner().name, c.method().name + c.method().desc)) {
                in.add(c);
            }
        }
        return in;
    }

    /** The new classes the patch jar carries. */
    List<String> newClassesIncluded() {
        List<String> in = new ArrayList<>();
        for (String c : newClasses) {
            if (!classRefused(c)) {
                in.add(c);
            }
        }
        return in;
    }

    /**
     * The report a user reviews before a load: one line per changed method, carried method or
     * class, note, warning and refusal, then a summary.
     */
    List<String> report(String id, boolean leaveOutRefused) {
        List<String> lines = new ArrayList<>();
        lines.add("jlivepatch build '" + id + "': " + oldBuild.size() + " classes in the old build, " + newBuild.size()
                + " in the new");
        for (Changed c : changed) {
            boolean out = leftOut(c.owner().name, c.method().name + c.method().desc);
            lines.add("  changed      " + c.name() + (out ? "  (left out: refused below)" : "  was " + c.oldFingerprint()
                    + (c.target().equals(c.method().name) ? "" : "  (its body is the new build's " + c.method().name
                            + ")")));
        }
        for (Carried c : carried.values()) {
            boolean out = leftOut(c.owner().name, c.method().name + c.method().desc);
            lines.add((out ? "  left out     " : "  carried      ") + c.name() + "  (" + c.why()
                    + (out ? "; refused below" : "") + ")");
        }
        for (String c : newClasses) {
            lines.add((classRefused(c) ? "  left out     " + c.replace('/', '.') + "  (new class; refused below)"
                    : "  new class    " + c.replace('/', '.') + "  (carried in the patch jar)"));
        }
        for (String n : notes) {
            lines.add("  kept         " + n);
        }
        for (Map.Entry<String, String> w : warnings.entrySet()) {
            if (!unitLeftOut(w.getKey())) {
                lines.add("  WARNING      " + displayUnit(w.getKey()) + ": " + w.getValue());
            }
        }
        for (Refusal r : refused) {
            lines.add("  REFUSED      " + r.where() + ": " + r.reason());
        }
        lines.add(included().size() + " method(s) replaced, " + carriedIncluded().size() + " carried, "
                + newClassesIncluded().size() + " new class(es), " + refused.size() + " change(s) refused"
                + (refused.isEmpty() ? "" : leaveOutRefused ? " and left out" : ""));
        return lines;
    }

    /** The descriptor of a method as a static method that takes its receiver first, when it has one. */
    static String staticDescriptor(String owner, MethodNode m) {
        if ((m.access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0) {
            return m.desc;
        }
        Type t = Type.getMethodType(m.desc);
        Type[] params = new Type[t.getArgumentTypes().length + 1];
        params[0] = Type.getObjectType(owner);
        System.arraycopy(t.getArgumentTypes(), 0, params, 1, params.length - 1);
        return Type.getMethodDescriptor(t.getReturnType(), params);
    }
}
