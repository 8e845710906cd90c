package io.jlivepatch.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What a comparison of two builds found: the methods to replace, the methods and classes the
 * replacements need carried along, and what cannot be made live, each with its reason. Everything
 * is kept in name order, so that two builds of the same inputs write the same report and jar.
 */
final class Plan {

    /** A method whose code changed: its replacement runs the new build's body. */
    record Changed(ClassNode owner, MethodNode method, String oldFingerprint, String newFingerprint) {
        String name() {
            return display(owner.name, method.name, method.desc);
        }
    }

    /** A method the patch carries as a static helper: new in the new build, or reached by a method handle. */
    record Carried(ClassNode owner, MethodNode method, String why) {
        String name() {
            return display(owner.name, method.name, method.desc);
        }
    }

    /**
     * A change that cannot be made live, and why: of member {@code member} ({@code null} for the
     * class itself); {@code wholeClass} when none of the class's changes can be made live without
     * it (a field, the hierarchy).
     */
    record Refusal(String className, String member, String reason, boolean wholeClass) {
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

    static String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    static String display(String owner, String name, String descriptor) {
        return owner.replace('/', '.') + "." + name + descriptor;
    }

    /** Whether {@code className} has a refusal that leaves all its changes out. */
    boolean classRefused(String className) {
        for (Refusal r : refused) {
            if (r.className().equals(className) && r.wholeClass()) {
                return true;
            }
        }
        return false;
    }

    boolean methodRefused(String className, String nameAndDescriptor) {
        for (Refusal r : refused) {
            if (r.className().equals(className) && nameAndDescriptor.equals(r.member())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report a user reviews before a load: one line per changed method, carried method or
     * class, note and refusal, then a summary.
     */
    List<String> report(String id, boolean leaveOutRefused) {
        List<String> lines = new ArrayList<>();
        lines.add("jlivepatch build '" + id + "': " + oldBuild.size() + " classes in the old build, " + newBuild.size()
                + " in the new");
        for (Changed c : changed) {
            lines.add("  changed      " + c.name() + (leftOut(c.owner().name, c.method().name + c.method().desc)
                    ? "  (left out: refused below)" : "  was " + c.oldFingerprint()));
        }
        for (Carried c : carried.values()) {
            lines.add("  carried      " + c.name() + "  (" + c.why() + ")");
        }
        for (String c : newClasses) {
            lines.add("  new class    " + c.replace('/', '.') + "  (carried in the patch jar)");
        }
        for (String n : notes) {
            lines.add("  kept         " + n);
        }
        for (Refusal r : refused) {
            lines.add("  REFUSED      " + r.where() + ": " + r.reason());
        }
        int patched = 0;
        for (Changed c : changed) {
            patched += leftOut(c.owner().name, c.method().name + c.method().desc) ? 0 : 1;
        }
        lines.add(patched + " method(s) replaced, " + carried.size() + " carried, " + newClasses.size()
                + " new class(es), " + refused.size() + " change(s) refused"
                + (refused.isEmpty() ? "" : leaveOutRefused ? " and left out" : ""));
        return lines;
    }

    /** Whether a changed method stays out of the patch: it, or its class, was refused. */
    boolean leftOut(String className, String nameAndDescriptor) {
        return classRefused(className) || methodRefused(className, nameAndDescriptor);
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
