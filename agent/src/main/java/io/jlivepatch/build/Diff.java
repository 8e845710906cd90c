package io.jlivepatch.build;

import io.jlivepatch.patch.Fingerprint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Compares two builds class by class and method by method, by {@link Fingerprint}, into a
 * {@link Plan}. What a running JVM cannot take is refused with its reason: the JVM cannot add or
 * remove fields or methods of a loaded class, change its hierarchy, or run a class initialiser
 * or constructor again for objects that exist; a replacement is a static method outside the
 * class, so it cannot make a super call, and it runs under the lock the running method's
 * modifiers take.
 */
final class Diff {

    static final String SHADOW = "use a shadow variable (io.jlivepatch.api.Shadow) to attach data to an object instead";

    private static final int VISIBILITY = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_PRIVATE;
    /** Modifiers whose change makes another method of the same name: refused. */
    private static final int KIND = Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE;
    /** Class modifiers that change nothing a running class shows. */
    private static final int CLASS_NOISE = Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_DEPRECATED;

    private final Plan plan = new Plan();
    private final Map<String, byte[]> oldFiles;
    private final Map<String, byte[]> newFiles;

    private Diff(Map<String, byte[]> oldFiles, Map<String, byte[]> newFiles) {
        this.oldFiles = oldFiles;
        this.newFiles = newFiles;
    }

    static Plan compare(Map<String, byte[]> oldBuild, Map<String, byte[]> newBuild) {
        Diff d = new Diff(oldBuild, newBuild);
        oldBuild.forEach((name, bytes) -> d.plan.oldBuild.put(name, parse(bytes, ClassReader.SKIP_FRAMES)));
        // The new build keeps its frames: a replacement is its method's code, frames and all.
        newBuild.forEach((name, bytes) -> d.plan.newBuild.put(name, parse(bytes, 0)));
        for (ClassNode n : d.plan.newBuild.values()) {
            ClassNode o = d.plan.oldBuild.get(n.name);
            if (o == null) {
                d.plan.newClasses.add(n.name);
            } else {
                d.compareClass(o, n);
            }
        }
        for (String name : d.plan.oldBuild.keySet()) {
            if (!d.plan.newBuild.containsKey(name)) {
                d.plan.notes.add(name.replace('/', '.') + ": removed from the new build; the running class stays");
            }
        }
        d.closeOverCode();
        return d.plan;
    }

    private static ClassNode parse(byte[] bytes, int flags) {
        ClassNode node = new ClassNode(Opcodes.ASM9);
        new ClassReader(bytes).accept(node, flags);
        return node;
    }

    private void refuse(ClassNode c, String member, String reason) {
        plan.refused.add(new Plan.Refusal(c.name, member, reason, false));
    }

    /** A refusal that leaves every change of class {@code c} out: its methods' code may rely on it. */
    private void refuseClass(ClassNode c, String member, String reason) {
        plan.refused.add(new Plan.Refusal(c.name, member, reason, true));
    }

    private void compareClass(ClassNode o, ClassNode n) {
        if (!Objects.equals(o.superName, n.superName)) {
            refuseClass(n, null, "its superclass changed from " + dotted(o.superName) + " to " + dotted(n.superName)
                    + ": the JVM cannot change the hierarchy of a loaded class");
        }
        if (!new TreeSet<>(o.interfaces).equals(new TreeSet<>(n.interfaces))) {
            refuseClass(n, null, "its interfaces changed from " + dotted(o.interfaces) + " to " + dotted(n.interfaces)
                    + ": the JVM cannot change the hierarchy of a loaded class");
        }
        if (((o.access ^ n.access) & ~CLASS_NOISE) != 0) {
            refuseClass(n, null, "its modifiers changed: the JVM cannot change them in a loaded class");
        }
        if (!annotations(o.visibleAnnotations, o.invisibleAnnotations)
                .equals(annotations(n.visibleAnnotations, n.invisibleAnnotations))) {
            refuseClass(n, null, "its annotations changed: the running class keeps the old ones, which code that"
                    + " reads them at run time would see");
        }
        compareFields(o, n);
        compareMethods(o, n);
    }

    private void compareFields(ClassNode o, ClassNode n) {
        Map<String, FieldNode> old = new TreeMap<>();
        for (FieldNode f : o.fields) {
            old.put(f.name, f);
        }
        Set<String> seen = new HashSet<>();
        for (FieldNode f : n.fields) {
            seen.add(f.name);
            FieldNode was = old.get(f.name);
            String field = Type.getType(f.desc).getClassName() + " " + f.name;
            if (was == null) {
                refuseClass(n, f.name, (f.access & Opcodes.ACC_ENUM) != 0
                        ? "enum constant " + f.name + " added: an enum's constants are made by its class initialiser,"
                                + " which ran when the class loaded"
                        : "field added (" + field + "): the JVM cannot add fields to a loaded class; " + SHADOW);
            } else if (!was.desc.equals(f.desc) || was.access != f.access) {
                refuseClass(n, f.name, "field " + f.name + " changed its type or modifiers: the JVM cannot change the"
                        + " fields of a loaded class; " + SHADOW);
            } else if (!Objects.equals(was.value, f.value)) {
                refuseClass(n, f.name, "the constant " + f.name + " changed from " + was.value + " to " + f.value
                        + ": javac copies constants into the code that reads them, which a patch does not replace");
            } else if (!annotations(was.visibleAnnotations, was.invisibleAnnotations)
                    .equals(annotations(f.visibleAnnotations, f.invisibleAnnotations))) {
                refuseClass(n, f.name, "its annotations changed: the running field keeps the old ones");
            }
        }
        for (FieldNode f : o.fields) {
            if (!seen.contains(f.name)) {
                refuseClass(n, f.name, "field removed (" + Type.getType(f.desc).getClassName() + " " + f.name
                        + "): the JVM cannot remove fields of a loaded class; " + SHADOW);
            }
        }
    }

    private void compareMethods(ClassNode o, ClassNode n) {
        Map<String, MethodNode> old = new TreeMap<>();
        for (MethodNode m : o.methods) {
            old.put(m.name + m.desc, m);
        }
        // From the class files, exactly as the agent fingerprints what it runs.
        Map<String, String> oldPrints = Fingerprint.ofMethods(oldFiles.get(o.name));
        Map<String, String> newPrints = Fingerprint.ofMethods(newFiles.get(n.name));
        Set<String> removedNames = new HashSet<>();
        Set<String> newKeys = new HashSet<>();
        for (MethodNode m : n.methods) {
            newKeys.add(m.name + m.desc);
        }
        for (MethodNode m : o.methods) {
            if (!newKeys.contains(m.name + m.desc)) {
                removedNames.add(m.name);
            }
        }
        for (MethodNode m : n.methods) {
            String key = m.name + m.desc;
            MethodNode was = old.get(key);
            if (was == null) {
                added(n, m, removedNames.contains(m.name) ? old.values() : List.of());
                continue;
            }
            if (!annotations(was.visibleAnnotations, was.invisibleAnnotations)
                    .equals(annotations(m.visibleAnnotations, m.invisibleAnnotations))) {
                refuse(n, key, "its annotations changed: the running method keeps the old ones, which code that"
                        + " reads them at run time would see");
            }
            String before = oldPrints.get(key);
            String after = newPrints.get(key);
            if (before.equals(after)) {
                continue;
            }
            plan.changed.add(new Plan.Changed(n, m, before, after));
            int modifiers = was.access ^ m.access;
            if (m.name.equals("<init>")) {
                refuse(n, key, "a constructor changed: the objects that exist were made by the old one, and"
                        + " a patch cannot replace constructors; move the change into a method");
            } else if (m.name.equals("<clinit>")) {
                refuse(n, key, "the class initialiser changed: it ran when the class loaded, and does not run again");
            } else if ((modifiers & KIND) != 0) {
                refuse(n, key, "it became or stopped being static, abstract or native: that is another method,"
                        + " which the JVM cannot add to a loaded class");
            } else if ((modifiers & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse(n, key, "it became or stopped being synchronized: the running method's modifier decides"
                        + " which lock a call holds, and a patch cannot change it; use a synchronized block");
            } else if ((modifiers & VISIBILITY) != 0) {
                refuse(n, key, "its visibility changed: the JVM cannot change a loaded class's methods");
            }
        }
        for (MethodNode m : o.methods) {
            String key = m.name + m.desc;
            if (newKeys.contains(key)) {
                continue;
            }
            if (m.name.equals("<init>")) {
                refuse(n, key, "a constructor was removed: the JVM cannot remove methods of a loaded class");
            } else if ((m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) {
                plan.notes.add(Plan.display(n.name, m.name, m.desc) + ": removed from the new build; the running"
                        + " method stays, for the code that still calls it");
            } else {
                refuse(n, key, "method removed: the JVM cannot remove methods of a loaded class, and code outside"
                        + " the class may call or override it");
            }
        }
    }

    /** A method only the new build has: a static helper of the patch, when nothing can dispatch to it. */
    private void added(ClassNode n, MethodNode m, Iterable<MethodNode> sameName) {
        String key = m.name + m.desc;
        if (m.name.equals("<init>")) {
            refuse(n, key, "a constructor was added: the JVM cannot add methods to a loaded class; use a factory"
                    + " method");
            return;
        }
        if (m.name.equals("<clinit>")) {
            refuse(n, key, "a class initialiser was added: the class has loaded, and it would not run");
            return;
        }
        if ((m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0
                || (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            for (MethodNode was : sameName) {
                if (was.name.equals(m.name)) {
                    refuse(n, key, "its signature changed from " + was.desc + ": code compiled against the old one"
                            + " calls it, and the JVM cannot add methods to a loaded class");
                    return;
                }
            }
            refuse(n, key, "a new method that other classes may call or override: the JVM cannot add methods"
                    + " to a loaded class; make it private or static, and the patch carries it");
            return;
        }
        carry(n, m, "new in the new build");
    }

    private void carry(ClassNode owner, MethodNode m, String why) {
        String key = Plan.key(owner.name, m.name, m.desc);
        if (plan.carried.containsKey(key)) {
            return;
        }
        if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            refuse(owner, m.name + m.desc, "a synchronized method the patch would carry (" + why + "): as a static"
                    + " helper of the patch it would lock the wrong monitor");
            return;
        }
        plan.carried.put(key, new Plan.Carried(owner, m, why));
    }

    /**
     * Follows what the patch's code reaches: a method handle of a private (or package-private
     * static) method of an application class, which a lambda or method reference names and patch
     * code cannot, is carried too; a super call, or a member that only the new build has and that
     * the patch does not carry, refuses the method that uses it.
     */
    private void closeOverCode() {
        Deque<Object[]> todo = new ArrayDeque<>();
        Set<MethodNode> scanned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Plan.Changed c : plan.changed) {
            if (!plan.leftOut(c.owner().name, c.method().name + c.method().desc)) {
                todo.add(new Object[] {c.owner(), c.method()});
            }
        }
        for (Plan.Carried c : plan.carried.values()) {
            if (!plan.classRefused(c.owner().name)) {
                todo.add(new Object[] {c.owner(), c.method()});
            }
        }
        for (String name : plan.newClasses) {
            ClassNode c = plan.newBuild.get(name);
            for (MethodNode m : c.methods) {
                todo.add(new Object[] {c, m});
            }
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.poll();
            ClassNode owner = (ClassNode) next[0];
            MethodNode m = (MethodNode) next[1];
            if (!scanned.add(m)) {
                continue;
            }
            int before = plan.carried.size();
            scan(owner, m);
            if (plan.carried.size() > before) {
                for (Plan.Carried c : plan.carried.values()) {
                    if (!scanned.contains(c.method())) {
                        todo.add(new Object[] {c.owner(), c.method()});
                    }
                }
            }
        }
    }

    private void scan(ClassNode owner, MethodNode m) {
        boolean newClass = !plan.oldBuild.containsKey(owner.name);
        String where = m.name + m.desc;
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode mi) {
                if (!newClass && mi.getOpcode() == Opcodes.INVOKESPECIAL && !mi.name.equals("<init>")
                        && !mi.owner.equals(owner.name)) {
                    refuse(owner, where, "it calls super." + mi.name + mi.desc + ": a replacement is a static method"
                            + " outside the class, which the JVM lets make no super call");
                }
                uses(owner, where, mi.owner, mi.name, mi.desc, false);
            } else if (insn instanceof FieldInsnNode fi) {
                uses(owner, where, fi.owner, fi.name, fi.desc, true);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                for (Object a : indy.bsmArgs) {
                    handle(owner, where, a);
                }
            } else if (insn instanceof LdcInsnNode ldc) {
                handle(owner, where, ldc.cst);
            }
        }
    }

    private void handle(ClassNode user, String where, Object constant) {
        if (!(constant instanceof Handle h) || h.getTag() <= Opcodes.H_PUTSTATIC) {
            return;
        }
        ClassNode target = plan.newBuild.get(h.getOwner());
        if (target == null || !plan.oldBuild.containsKey(h.getOwner())) {
            return; // the JDK's, a library's, or a class the patch jar carries
        }
        MethodNode m = method(target, h.getName(), h.getDesc());
        if (m == null) {
            return;
        }
        boolean hidden = (m.access & Opcodes.ACC_PRIVATE) != 0
                || ((m.access & Opcodes.ACC_STATIC) != 0 && (m.access & Opcodes.ACC_PUBLIC) == 0);
        if (hidden) {
            carry(target, m, "named by a lambda or method reference of " + Plan.display(user.name, where, ""));
        } else {
            uses(user, where, h.getOwner(), h.getName(), h.getDesc(), false);
        }
    }

    /** Refuses {@code where} when it uses a member of a running class that only the new build has, uncarried. */
    private void uses(ClassNode user, String where, String owner, String name, String descriptor, boolean field) {
        ClassNode was = plan.oldBuild.get(owner);
        ClassNode now = plan.newBuild.get(owner);
        if (was == null || now == null || plan.carried.containsKey(Plan.key(owner, name, descriptor))) {
            return;
        }
        boolean inNew = field ? field(now, name, descriptor) : method(now, name, descriptor) != null;
        boolean inOld = field ? field(was, name, descriptor) : method(was, name, descriptor) != null;
        if (inNew && !inOld) {
            refuse(user, where, "it uses " + Plan.display(owner, name, field ? "" : descriptor) + ", which the running"
                    + " build does not have and the patch cannot carry (see its refusal)");
        }
    }

    private static MethodNode method(ClassNode c, String name, String descriptor) {
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    private static boolean field(ClassNode c, String name, String descriptor) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && f.desc.equals(descriptor)) {
                return true;
            }
        }
        return false;
    }

    /** Annotations in a form that compares by value, in declaration order. */
    private static List<String> annotations(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
        List<String> all = new ArrayList<>();
        for (List<AnnotationNode> list : java.util.Arrays.asList(visible, invisible)) {
            if (list != null) {
                for (AnnotationNode a : list) {
                    all.add(a.desc + "=" + value(a.values));
                }
            }
        }
        return all;
    }

    private static String value(Object v) {
        if (v instanceof AnnotationNode a) {
            return a.desc + value(a.values);
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (Object e : list) {
                s.append(value(e)).append(',');
            }
            return s.append(']').toString();
        }
        if (v instanceof String[] e) {
            return e[0] + "." + e[1];
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }

    private static String dotted(String internalName) {
        return internalName == null ? "none" : internalName.replace('/', '.');
    }

    private static String dotted(List<String> internalNames) {
        List<String> names = new ArrayList<>();
        for (String n : internalNames) {
            names.add(dotted(n));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
