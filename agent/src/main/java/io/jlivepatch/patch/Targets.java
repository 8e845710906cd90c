package io.jlivepatch.patch;

import io.jlivepatch.bootstrap.AgentPackages;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which methods may be patched, and which method of a class a {@code @Redirect} names.
 *
 * <p>Never instrumented (the kernel's {@code notrace}): the agent itself, and what the trampoline
 * and its linking run on — {@code java.lang.invoke}, {@code Thread}, {@code ThreadLocal},
 * {@code java.lang.ref}, {@code Object}, {@code Class}, {@code ClassLoader} and the JDK's
 * internals. Patching those would make the machinery call itself.
 */
public final class Targets {

    private static final List<String> NEVER_PACKAGES = List.of(
            "java.lang.invoke.", "java.lang.ref.", "jdk.internal.", "sun.", "com.sun.", "jdk.");

    private static final List<String> NEVER_CLASSES = List.of(
            "java.lang.Thread", "java.lang.ThreadLocal", "java.lang.InheritableThreadLocal",
            "java.lang.VirtualThread", "java.lang.Object", "java.lang.Class", "java.lang.ClassLoader");

    private Targets() {
    }

    /** Why {@code className} may never be patched, or {@code null} when it may be. */
    public static String neverPatchReason(String className) {
        if (AgentPackages.contains(className)) {
            return "it is part of jlivepatch itself";
        }
        for (String p : NEVER_PACKAGES) {
            if (className.startsWith(p)) {
                return "package " + p.substring(0, p.length() - 1) + " runs the patching machinery";
            }
        }
        for (String c : NEVER_CLASSES) {
            if (className.equals(c) || className.startsWith(c + "$")) {
                return c + " runs the patching machinery";
            }
        }
        return null;
    }

    /**
     * Finds the method of {@code methods} (declared by {@code className}) that {@code r} targets,
     * and checks that it may be patched and that the replacement fits it.
     *
     * @return the target method
     * @throws PatchException naming the target and what is wrong
     */
    public static MethodInfo resolve(String className, List<MethodInfo> methods, RedirectDefinition r)
            throws PatchException {
        String target = className + "." + r.targetMethod();
        if (r.targetMethod().equals("<init>") || r.targetMethod().equals("<clinit>")) {
            throw new PatchException("cannot patch " + target + ": constructors and class initialisers"
                    + " cannot be patched");
        }
        List<MethodInfo> named = new ArrayList<>();
        for (MethodInfo m : methods) {
            if (m.name().equals(r.targetMethod())) {
                named.add(m);
            }
        }
        if (named.isEmpty()) {
            throw new PatchException("cannot patch " + target + ": " + className + " has no method "
                    + r.targetMethod());
        }
        MethodInfo found = r.targetDescriptor().isEmpty() ? derive(target, named, r) : exact(target, named, r);
        String full = className + "." + found.name() + found.descriptor();
        if ((found.access() & Opcodes.ACC_ABSTRACT) != 0) {
            throw new PatchException("cannot patch " + full + ": it is abstract");
        }
        if ((found.access() & Opcodes.ACC_NATIVE) != 0) {
            throw new PatchException("cannot patch " + full + ": it is native");
        }
        if (found.quiescent()) {
            throw new PatchException("cannot patch " + full + ": it is @Quiescent (the thread is offline"
                    + " for reclamation there, so the trampoline could not protect the call)");
        }
        String misfit = misfit(found, r.replacementDescriptor());
        if (misfit != null) {
            throw new PatchException("replacement " + r.replacementName() + r.replacementDescriptor()
                    + " does not fit " + full + ": " + misfit);
        }
        return found;
    }

    private static MethodInfo exact(String target, List<MethodInfo> named, RedirectDefinition r)
            throws PatchException {
        for (MethodInfo m : named) {
            if (m.descriptor().equals(r.targetDescriptor())) {
                return m;
            }
        }
        throw new PatchException("cannot patch " + target + r.targetDescriptor() + ": no such method;"
                + " found " + descriptors(named));
    }

    private static MethodInfo derive(String target, List<MethodInfo> named, RedirectDefinition r)
            throws PatchException {
        List<MethodInfo> fits = new ArrayList<>();
        for (MethodInfo m : named) {
            if (misfit(m, r.replacementDescriptor()) == null) {
                fits.add(m);
            }
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.isEmpty()) {
            if (named.size() == 1) {
                return named.get(0);
            }
            throw new PatchException("cannot patch " + target + ": replacement " + r.replacementName()
                    + r.replacementDescriptor() + " fits none of " + descriptors(named));
        }
        throw new PatchException("cannot patch " + target + ": replacement " + r.replacementName()
                + r.replacementDescriptor() + " fits several of " + descriptors(fits)
                + "; name one with @Redirect(descriptor = ...)");
    }

    /**
     * What keeps a replacement with {@code replacementDescriptor} from standing in for
     * {@code target}, or {@code null} when it fits: same return type; the target's parameters,
     * after a reference parameter for the receiver when the target is an instance method.
     * Whether the receiver parameter accepts the target class is checked when the replacement is
     * defined, with the classes at hand.
     */
    static String misfit(MethodInfo target, String replacementDescriptor) {
        Type t = Type.getMethodType(target.descriptor());
        Type r = Type.getMethodType(replacementDescriptor);
        if (!t.getReturnType().equals(r.getReturnType())) {
            return "it returns " + t.getReturnType().getClassName() + ", the replacement "
                    + r.getReturnType().getClassName();
        }
        Type[] want = t.getArgumentTypes();
        Type[] have = r.getArgumentTypes();
        int offset = 0;
        if (!target.isStatic()) {
            if (have.length == 0 || (have[0].getSort() != Type.OBJECT && have[0].getSort() != Type.ARRAY)) {
                return "an instance method's replacement takes the receiver as its first parameter";
            }
            offset = 1;
        }
        if (have.length - offset != want.length) {
            return "it takes " + want.length + " parameter(s), the replacement " + (have.length - offset)
                    + (offset == 1 ? " after the receiver" : "");
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i + offset])) {
                return "parameter " + (i + 1) + " is " + want[i].getClassName() + ", the replacement's "
                        + have[i + offset].getClassName();
            }
        }
        return null;
    }

    private static String descriptors(List<MethodInfo> methods) {
        List<String> names = new ArrayList<>();
        for (MethodInfo m : methods) {
            names.add(m.name() + m.descriptor());
        }
        // Reflection lists methods in no particular order; messages should read the same each time.
        names.sort(null);
        return String.join(", ", names);
    }
}
