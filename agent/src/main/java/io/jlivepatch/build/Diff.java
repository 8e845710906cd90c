package io.jlivepatch.build;

import io.jlivepatch.patch.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

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
        Set<String> renumbered = d.renumberedAnonymousClasses();
        for (ClassNode n : d.plan.newBuild.values()) {
            ClassNode o = d.plan.oldBuild.get(n.name);
            if (o == null) {
                d.plan.newClasses.add(n.name);
            } else if (renumbered.contains(n.name)) {
                d.plan.renumbered.add(n.name);
                d.refuseClass(n, null, "an anonymous or local class whose code changed, where its javac number may"
                        + " now name another class (classes were added, removed or moved in " + enclosing(o)
                        + ", or that code changed too): the objects of the running class could run another class's"
                        + " code, and the patch's code would make objects of the running class; change the class"
                        + " without changing where it is made, or use a named class");
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

    /** Where anonymous class {@code c} is made: its EnclosingMethod attribute. */
    private static String enclosing(ClassNode c) {
        return dotted(c.outerClass) + (c.outerMethod == null ? " (an initialiser)" : "." + c.outerMethod
                + c.outerMethodDesc);
    }

    /**
     * The anonymous and local classes of both builds whose javac number, like a lambda's, may now
     * name other code: their code differs, and either the classes made where they are made are
     * not the same list of names in both builds, or the method that makes them changed, which may
     * have moved them (found by review: two anonymous classes swapped in a changed method kept
     * their names, and each running one was given the other's code; two methods that each make a
     * local class, swapped in the source, did the same). Compared by name, the running objects of
     * such a class would get the body of another class; with the same code, or the same list made
     * by the same code, the name still names the same class.
     */
    private Set<String> renumberedAnonymousClasses() {
        Map<String, List<String>> oldMade = anonymousClassesByMaker(plan.oldBuild);
        Map<String, List<String>> newMade = anonymousClassesByMaker(plan.newBuild);
        Set<String> renumbered = new TreeSet<>();
        for (ClassNode o : plan.oldBuild.values()) {
            ClassNode n = plan.newBuild.get(o.name);
            if (n == null || !isNumbered(o)) {
                continue;
            }
            String maker = enclosing(o);
            if (maker.equals(isNumbered(n) ? enclosing(n) : null)
                    && oldMade.get(maker).equals(newMade.get(maker))
                    && Objects.equals(makerPrint(plan.oldBuild, o), makerPrint(plan.newBuild, n))) {
                continue;
            }
            boolean same = Objects.equals(o.superName, n.superName) && o.interfaces.equals(n.interfaces)
                    && Fingerprint.ofMethods(oldFiles.get(o.name)).equals(Fingerprint.ofMethods(newFiles.get(n.name)))
                    && fields(o).equals(fields(n));
            if (!same) {
                renumbered.add(o.name);
            }
        }
        return renumbered;
    }

    /**
     * A class javac names by a number within its outer class: anonymous ({@code Foo$1}) or local
     * ({@code Foo$1Local}); its InnerClasses entry has no outer class.
     */
    private static boolean isNumbered(ClassNode c) {
        for (InnerClassNode i : c.innerClasses) {
            if (i.name.equals(c.name)) {
                return i.outerName == null;
            }
        }
        return false;
    }

    /**
     * The code that makes anonymous or local class {@code c} in {@code build}: every method of its
     * outer class, lambda bodies among them, that has a {@code new} of it, each fingerprinted with
     * the names of the lambdas it makes left out ({@link #makerPrint(ClassNode, MethodNode)}), in
     * a sorted list; {@code null} when the build lacks the outer class. Not the EnclosingMethod
     * attribute alone: for a class made in a lambda it names the method the lambda is written
     * in, which does not change when the lambda swaps the classes it makes (found by review).
     */
    private static String makerPrint(Map<String, ClassNode> build, ClassNode c) {
        ClassNode outer = c.outerClass == null ? null : build.get(c.outerClass);
        if (outer == null) {
            return null;
        }
        List<String> makers = new ArrayList<>();
        for (MethodNode m : outer.methods) {
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn.getOpcode() == Opcodes.NEW && ((TypeInsnNode) insn).desc.equals(c.name)) {
                    makers.add((isLambda(m) ? "lambda" : m.name + m.desc) + "=" + makerPrint(outer, m));
                    break;
                }
            }
        }
        Collections.sort(makers);
        return String.join(";", makers);
    }

    private static Map<String, List<String>> anonymousClassesByMaker(Map<String, ClassNode> build) {
        Map<String, List<String>> made = new TreeMap<>();
        for (ClassNode c : build.values()) {
            if (isNumbered(c)) {
                made.computeIfAbsent(enclosing(c), k -> new ArrayList<>()).add(c.name);
            }
        }
        return made;
    }

    private static List<String> fields(ClassNode c) {
        List<String> all = new ArrayList<>();
        for (FieldNode f : c.fields) {
            all.add(f.access + " " + f.name + " " + f.desc + " " + f.value);
        }
        return all;
    }

    private static ClassNode parse(byte[] bytes, int flags) {
        ClassNode node = new ClassNode(Opcodes.ASM9);
        new ClassReader(bytes).accept(node, flags);
        return node;
    }

    private void refuse(ClassNode c, String member, String reason) {
        plan.refused.add(new Plan.Refusal(c.name, member, reason, Plan.Extent.MEMBER));
    }

    /** A refusal that leaves every change of class {@code c} out: its methods' code may rely on it. */
    private void refuseClass(ClassNode c, String member, String reason) {
        plan.refused.add(new Plan.Refusal(c.name, member, reason, Plan.Extent.CLASS));
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
        List<String> oldPermits = o.permittedSubclasses == null ? List.of() : o.permittedSubclasses;
        List<String> newPermits = n.permittedSubclasses == null ? List.of() : n.permittedSubclasses;
        if (!new TreeSet<>(oldPermits).equals(new TreeSet<>(newPermits))) {
            // Found by review: build and check said it fits, and load refused the new subclass
            // ("cannot implement sealed interface"), which the running class does not permit.
            refuseClass(n, null, "the classes it permits (sealed) changed from " + dotted(oldPermits) + " to "
                    + dotted(newPermits) + ": the JVM cannot change the hierarchy of a loaded class");
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
        compareLambdas(o, n, oldPrints, newPrints);
        for (MethodNode m : n.methods) {
            if (isLambda(m)) {
                continue; // by their creation sites, not by javac's numbers: compareLambdas
            }
            String key = m.name + m.desc;
            MethodNode was = old.get(key);
            if (was == null) {
                String hidden = (m.access & Opcodes.ACC_STATIC) != 0 && !m.name.startsWith("<")
                        ? inheritedStatic(plan.oldBuild, o.superName, m.name, m.desc) : null;
                if (hidden != null && hidden.startsWith(UNREADABLE)) {
                    // Second review: a library's superclass the build was not given was taken
                    // for one without such a method.
                    plan.warnings.put(unit(n, m), "a new static method of a class whose superclass "
                            + dotted(hidden.substring(UNREADABLE.length())) + " the build was not given: if a class"
                            + " above it has this static method, the calls the patch does not replace go on reaching"
                            + " that one; give its jars to --old and --new to have it judged");
                    hidden = null;
                }
                if (hidden != null) {
                    // Found by review: carried, it changed nothing for the calls the patch does
                    // not replace, which javac compiled against this class and reach the old one.
                    refuse(n, key, "a new static method that hides " + Plan.display(hidden, m.name, m.desc)
                            + ": the calls the patch does not replace would go on reaching that one, where the new"
                            + " build's reach this; the JVM cannot add it to the running class");
                    continue;
                }
                added(n, m, removedNames.contains(m.name) ? old.values() : List.of());
                continue;
            }
            if (!annotations(was.visibleAnnotations, was.invisibleAnnotations)
                    .equals(annotations(m.visibleAnnotations, m.invisibleAnnotations))) {
                refuse(n, key, "its annotations changed: the running method keeps the old ones, which code that"
                        + " reads them at run time would see");
            } else if (!parameterAnnotations(was).equals(parameterAnnotations(m))) {
                refuse(n, key, "its parameter annotations changed: the running method keeps the old ones, which"
                        + " code that reads them at run time (a framework's binding) would see");
            }
            String before = oldPrints.get(key);
            String after = newPrints.get(key);
            if (before.equals(after)) {
                continue;
            }
            plan.changed.add(new Plan.Changed(n, m, m.name, before, after));
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
            if (newKeys.contains(key) || isLambda(m)) {
                continue;
            }
            String reached = (m.access & Opcodes.ACC_STATIC) != 0
                    ? inheritedStatic(plan.newBuild, n.superName, m.name, m.desc) : null;
            if (m.name.equals("<init>")) {
                refuse(n, key, "a constructor was removed: the JVM cannot remove methods of a loaded class");
            } else if (reached != null && !reached.startsWith(UNREADABLE)) {
                refuse(n, key, "a static method removed, where the new build's calls reach "
                        + Plan.display(reached, m.name, m.desc)
                        + " instead: the calls the patch does not replace would go on reaching the running one");
            } else if ((m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) {
                plan.notes.add(Plan.display(n.name, m.name, m.desc) + ": removed from the new build; the running"
                        + " method stays, for the code that still calls it");
            } else {
                refuse(n, key, "method removed: the JVM cannot remove methods of a loaded class, and code outside"
                        + " the class may call or override it");
            }
        }
    }

    /** A lambda's body: javac's private synthetic {@code lambda$<method>$<n>}. */
    private static boolean isLambda(MethodNode m) {
        return m.name.startsWith("lambda$") && (m.access & Opcodes.ACC_SYNTHETIC) != 0;
    }

    /**
     * A site that makes lambda objects: an {@code invokedynamic} of {@code LambdaMetafactory}
     * whose implementation is a lambda body of the same class, with the shape of the objects it
     * makes (interface, types, implementation kind and descriptor).
     */
    private record LambdaSite(String lambda, String shape) {
    }

    /** The lambda sites of each method of {@code c} (by name and descriptor), in code order. */
    private static Map<String, List<LambdaSite>> lambdaSites(ClassNode c) {
        Set<String> lambdas = new HashSet<>();
        for (MethodNode m : c.methods) {
            if (isLambda(m)) {
                lambdas.add(m.name + m.desc);
            }
        }
        Map<String, List<LambdaSite>> sites = new TreeMap<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn instanceof InvokeDynamicInsnNode indy
                        && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && indy.bsmArgs.length >= 3
                        && indy.bsmArgs[1] instanceof Handle h && h.getOwner().equals(c.name)
                        && lambdas.contains(h.getName() + h.getDesc())) {
                    String shape = indy.name + indy.desc + " " + indy.bsmArgs[0] + " " + indy.bsmArgs[2] + " "
                            + h.getTag() + h.getDesc();
                    sites.computeIfAbsent(m.name + m.desc, k -> new ArrayList<>())
                            .add(new LambdaSite(h.getName() + h.getDesc(), shape));
                }
            }
        }
        return sites;
    }

    /**
     * Lambdas by where they are made, not by name: javac numbers a class's lambdas in order, so a
     * lambda added or moved renumbers the others, and the running {@code lambda$init$0} may be
     * the new build's {@code lambda$init$1}. A running lambda is paired with a new one only when
     * the method that makes them (paired itself, for a lambda in a lambda) makes as many lambdas
     * in both builds, of the same shapes in the same order; the pair's new body replaces the
     * running one when it differs. A running lambda without a pair keeps running its own code,
     * which is right when the new build still has that code as some lambda; otherwise the objects
     * that exist would keep the old behaviour, and it is refused. The new build's lambdas are
     * never matched by name: a replacement that makes them reaches them as helpers ({@link #handle}).
     */
    private void compareLambdas(ClassNode o, ClassNode n, Map<String, String> oldPrints, Map<String, String> newPrints) {
        Map<String, List<LambdaSite>> oldSites = lambdaSites(o);
        Map<String, List<LambdaSite>> newSites = lambdaSites(n);
        Map<String, String> pairs = new TreeMap<>();
        Set<String> pairedNew = new HashSet<>();
        Deque<String[]> makers = new ArrayDeque<>();
        for (MethodNode m : o.methods) {
            if (!isLambda(m) && newSites.containsKey(m.name + m.desc)) {
                makers.add(new String[] {m.name + m.desc, m.name + m.desc});
            }
        }
        while (!makers.isEmpty()) {
            String[] maker = makers.poll();
            List<LambdaSite> was = oldSites.getOrDefault(maker[0], List.of());
            List<LambdaSite> now = newSites.getOrDefault(maker[1], List.of());
            if (was.size() != now.size()
                    || !makerPrint(o, method(o, maker[0])).equals(makerPrint(n, method(n, maker[1])))) {
                // Paired by position only where the maker's code is the same but for the names
                // javac numbered (a lambda added elsewhere in the class renumbers them): a maker
                // that changed may have moved its lambdas, whose positions then name other code
                // (found by review: two registrations swapped, one changed, gave the running
                // "add" lambda the new "sub" body, with the same count and shapes).
                continue;
            }
            boolean same = true;
            for (int i = 0; i < was.size(); i++) {
                same &= was.get(i).shape().equals(now.get(i).shape());
            }
            for (int i = 0; same && i < was.size(); i++) {
                String running = was.get(i).lambda();
                String body = now.get(i).lambda();
                if (!pairs.containsKey(running) && pairedNew.add(body)) {
                    pairs.put(running, body);
                    makers.add(new String[] {running, body});
                }
            }
        }
        Map<String, MethodNode> newLambdas = new TreeMap<>();
        for (MethodNode m : n.methods) {
            if (isLambda(m)) {
                newLambdas.put(m.name + m.desc, m);
            }
        }
        Map<String, String> makerOf = new TreeMap<>();
        oldSites.forEach((maker, sites) -> sites.forEach(site -> makerOf.putIfAbsent(site.lambda(), maker)));
        for (MethodNode m : o.methods) {
            String key = m.name + m.desc;
            if (!isLambda(m)) {
                continue;
            }
            String before = oldPrints.get(key);
            String pair = pairs.get(key);
            if (pair != null) {
                String after = newPrints.get(pair);
                if (!before.equals(after)) {
                    plan.changed.add(new Plan.Changed(n, newLambdas.get(pair), m.name, before, after));
                }
                continue;
            }
            boolean stillThere = false;
            for (MethodNode now : newLambdas.values()) {
                stillThere |= now.desc.equals(m.desc) && ((now.access ^ m.access) & Opcodes.ACC_STATIC) == 0
                        && newPrints.get(now.name + now.desc).equals(before);
            }
            String maker = makerOf.get(key);
            if (stillThere) {
                continue;
            }
            if (maker == null || !maker.startsWith("lambda$") && method(n, maker) == null) {
                plan.notes.add(Plan.display(n.name, m.name, m.desc) + ": a lambda the new build no longer makes; the"
                        + " lambda objects that exist keep running it");
                continue;
            }
            plan.refused.add(new Plan.Refusal(n.name, key, "a lambda's numbering changed (lambdas were added, removed"
                    + " or moved in " + maker + "), or that method's own code changed, which may have moved them,"
                    + " and the build cannot tell which lambda of the new build this one"
                    + " became: the lambda objects that exist would keep running its old code. Only lambdas the"
                    + " patched methods make from now on run the new code; leave it out to accept that, or keep the"
                    + " lambdas' order and change their code in place", Plan.Extent.RUNNING));
        }
    }

    /**
     * The fingerprint of {@code maker}, with the names of the lambda bodies of its class that it
     * makes left out: javac numbers a class's lambdas in one count, so a lambda added in another
     * method renames them without moving them.
     */
    private static String makerPrint(ClassNode c, MethodNode maker) {
        MethodNode copy = new MethodNode(Opcodes.ASM9, maker.access, maker.name, maker.desc, maker.signature, null);
        maker.accept(new MethodVisitor(Opcodes.ASM9, copy) {
            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                Object[] a = args.clone();
                if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && a.length >= 3
                        && a[1] instanceof Handle h && h.getOwner().equals(c.name) && h.getName().startsWith("lambda$")) {
                    a[1] = new Handle(h.getTag(), h.getOwner(), "lambda$", h.getDesc(), h.isInterface());
                }
                super.visitInvokeDynamicInsn(name, descriptor, bsm, a);
            }
        });
        return Fingerprint.of(copy);
    }

    private static MethodNode method(ClassNode c, String nameAndDescriptor) {
        for (MethodNode m : c.methods) {
            if ((m.name + m.desc).equals(nameAndDescriptor)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The class, from {@code superName} up, that declares a static method {@code name desc} that
     * a call through a subclass reaches (not private): in {@code build}, or, for a class the
     * build does not hold, as this JVM reads it (the JDK's); {@code null} when none does or the
     * class cannot be read (a library's the build was not given).
     */
    private static String inheritedStatic(Map<String, ClassNode> build, String superName, String name, String desc) {
        for (String c = superName; c != null; ) {
            ClassNode node = build.containsKey(c) ? build.get(c) : readable(c);
            if (node == null) {
                return UNREADABLE + c;
            }
            for (MethodNode m : node.methods) {
                if (m.name.equals(name) && m.desc.equals(desc)
                        && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == Opcodes.ACC_STATIC) {
                    return c;
                }
            }
            c = node.superName;
        }
        return null;
    }

    /** What {@link #inheritedStatic} answers, before the class's name, for a class it cannot read. */
    private static final String UNREADABLE = "?";

    /** Class {@code internalName} as this JVM's class path has it, without its code; or {@code null}. */
    private static ClassNode readable(String internalName) {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
            if (in == null) {
                return null;
            }
            ClassNode node = new ClassNode(Opcodes.ASM9);
            new ClassReader(in).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException | RuntimeException e) {
            return null;
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
        plan.leaveOutDependents();
    }

    /** The unit of the patch (see {@link Plan#uses}) that method {@code m} of {@code owner} belongs to. */
    private String unit(ClassNode owner, MethodNode m) {
        return plan.oldBuild.containsKey(owner.name) ? Plan.key(owner.name, m.name, m.desc) : owner.name;
    }

    /** Records that {@code unit} uses the classes {@code type} names, and any new one among them. */
    private void usesType(String unit, Type type) {
        Type t = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (t.getSort() == Type.METHOD) {
            usesType(unit, t.getReturnType());
            for (Type a : t.getArgumentTypes()) {
                usesType(unit, a);
            }
        } else if (t.getSort() == Type.OBJECT && plan.newBuild.containsKey(t.getInternalName())) {
            plan.uses.computeIfAbsent(unit, k -> new TreeSet<>()).add(t.getInternalName());
        }
    }

    /** Records that {@code unit} uses method {@code name descriptor} of {@code owner}, and the classes it names. */
    private void usesMethod(String unit, String owner, String name, String descriptor) {
        usesType(unit, Type.getObjectType(owner));
        usesType(unit, Type.getMethodType(descriptor));
        if (plan.newBuild.containsKey(owner)) {
            plan.uses.computeIfAbsent(unit, k -> new TreeSet<>()).add(Plan.key(owner, name, descriptor));
        }
    }

    private void usesConstant(String unit, Object constant) {
        if (constant instanceof Type t) {
            usesType(unit, t);
        } else if (constant instanceof Handle h) {
            if (h.getTag() <= Opcodes.H_PUTSTATIC) {
                usesType(unit, Type.getObjectType(h.getOwner()));
                usesType(unit, Type.getType(h.getDesc()));
            } else {
                usesMethod(unit, h.getOwner(), h.getName(), h.getDesc());
            }
        }
    }

    /**
     * Reflection whose access checks look at the caller: from a patch, the caller is the patch's
     * class, in a runtime package of its own, not the target class, so what the application's
     * method could reach (its own private fields) the replacement may not.
     */
    private static boolean callerSensitive(MethodInsnNode mi) {
        return switch (mi.owner) {
            case "java/lang/reflect/Field" -> mi.name.startsWith("get") && !mi.name.startsWith("getName")
                    && !mi.name.startsWith("getType") && !mi.name.startsWith("getGenericType")
                    && !mi.name.startsWith("getModifiers") && !mi.name.startsWith("getDeclaringClass")
                    && !mi.name.startsWith("getAnnotation") && !mi.name.startsWith("getDeclaredAnnotation")
                    || mi.name.startsWith("set") && !mi.name.equals("setAccessible");
            case "java/lang/reflect/Method" -> mi.name.equals("invoke");
            case "java/lang/reflect/Constructor" -> mi.name.equals("newInstance");
            case "java/lang/Class" -> mi.name.equals("newInstance");
            case "java/lang/invoke/MethodHandles" -> mi.name.equals("lookup");
            default -> false;
        };
    }

    private void scan(ClassNode owner, MethodNode m) {
        boolean newClass = !plan.oldBuild.containsKey(owner.name);
        String where = m.name + m.desc;
        String unit = unit(owner, m);
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            if (t.type != null) {
                usesType(unit, Type.getObjectType(t.type));
            }
        }
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode mi) {
                if (!newClass && mi.getOpcode() == Opcodes.INVOKESPECIAL && !mi.name.equals("<init>")
                        && !mi.owner.equals(owner.name)) {
                    refuse(owner, where, "it calls super." + mi.name + mi.desc + ": a replacement is a static method"
                            + " outside the class, which the JVM lets make no super call");
                }
                if (!newClass && callerSensitive(mi)) {
                    plan.warnings.put(unit, "it uses reflection whose access checks see the patch class, not the"
                            + " target (" + mi.owner.substring(mi.owner.lastIndexOf('/') + 1) + "." + mi.name
                            + "): what the running method could reach, its replacement may not (IllegalAccessException)");
                }
                usesMethod(unit, mi.owner, mi.name, mi.desc);
                uses(owner, where, mi.owner, mi.name, mi.desc, false);
            } else if (insn instanceof FieldInsnNode fi) {
                usesType(unit, Type.getObjectType(fi.owner));
                usesType(unit, Type.getType(fi.desc));
                uses(owner, where, fi.owner, fi.name, fi.desc, true);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                usesType(unit, Type.getMethodType(indy.desc));
                for (Object a : indy.bsmArgs) {
                    usesConstant(unit, a);
                    handle(owner, where, a);
                }
            } else if (insn instanceof LdcInsnNode ldc) {
                usesConstant(unit, ldc.cst);
                handle(owner, where, ldc.cst);
            } else if (insn instanceof TypeInsnNode ti) {
                usesType(unit, Type.getObjectType(ti.desc));
            } else if (insn instanceof MultiANewArrayInsnNode ma) {
                usesType(unit, Type.getType(ma.desc));
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
            ClassNode running = plan.oldBuild.get(h.getOwner());
            carry(target, m, method(running, h.getName(), h.getDesc()) == null ? "new in the new build"
                    : "named by a lambda or method reference of " + Plan.display(user.name, where, ""));
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

    /** A method's parameter annotations, visible and not, in a form that compares by value. */
    private static List<List<String>> parameterAnnotations(MethodNode m) {
        List<List<String>> all = new ArrayList<>();
        int count = Type.getArgumentTypes(m.desc).length;
        for (int i = 0; i < count; i++) {
            all.add(annotations(m.visibleParameterAnnotations == null || i >= m.visibleParameterAnnotations.length
                    ? null : m.visibleParameterAnnotations[i],
                    m.invisibleParameterAnnotations == null || i >= m.invisibleParameterAnnotations.length
                    ? null : m.invisibleParameterAnnotations[i]));
        }
        return all;
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
