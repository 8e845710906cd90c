package io.jlivepatch.patch;

import io.jlivepatch.bootstrap.AgentPackages;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which methods may be patched, and which method of a class a {@code @Redirect} names.
 *
 * <p>Never instrumented (the kernel's {@code notrace}): the agent itself, and what its paths on
 * application threads run: linking a trampoline's call site, the transition path (read sections,
 * the dispatcher, a thread's first section and its own switch), quiescent regions and the
 * not-watching policies. A patch of any of that would run inside the machinery that runs
 * patches, and recurse or deadlock there: a patch of {@code Arrays.copyOf(Object[], int)}, which
 * the JDK's linking of a call site calls, made the trampoline recurse while it linked.
 */
public final class Targets {

    /**
     * A part of the JDK the patching machinery runs on, and what runs it. A name ending in a dot
     * is a package, its subpackages included; any other name is a class, its nested classes
     * included.
     */
    private record Machinery(String what, List<String> names) {

        Machinery(String what, String... names) {
            this(what, List.of(names));
        }
    }

    /**
     * The refusal list: derived, not typed (DESIGN §9). {@code RefusalListIT} walks every path
     * above in a JVM with {@code bootstrap=boot}, traces every JDK method a patch could target,
     * and fails naming each class the paths ran that this list does not refuse; what it found on
     * JDK 17 and 25 is here, as whole packages where the paths run much of one and as classes
     * elsewhere. The trace is a sample of each path (its inputs, its contention), so a class
     * counts whole even where one method of it ran. Only the first group is typed rather than
     * traced: the tracer cannot trace what is refused already, nor {@code Thread}, which it uses.
     */
    private static final List<Machinery> MACHINERY = List.of(
            new Machinery("threads, classes and references, which the trampoline, the stack checks and"
                    + " reclamation run on",
                    "java.lang.ref.", "java.lang.Thread", "java.lang.ThreadLocal",
                    "java.lang.InheritableThreadLocal", "java.lang.VirtualThread", "java.lang.Object",
                    "java.lang.Class", "java.lang.ClassLoader",
                    // JDK 21 with -Djdk.tracePinnedThreads: a virtual thread that yields pinned
                    // (the registry's wait, Epoch.awaitRegistryIdle) prints its stack through it,
                    // on itself: patched, it would run a trampoline inside that registration.
                    "java.lang.PinnedThreadPrinter"),
            new Machinery("the JDK's internals, which all of it runs on",
                    "jdk.internal.", "jdk.", "sun.", "com.sun."),
            new Machinery("linking a call site: the JDK's method handles and the classes they spin, the"
                    + " linker's reflection",
                    "java.lang.invoke.", "java.lang.classfile.", "java.lang.constant.", "java.lang.reflect.",
                    "java.lang.Module", "java.lang.module.ModuleDescriptor", "java.lang.PublicMethods",
                    "java.lang.StringConcatHelper", "java.lang.Throwable", "java.util.Collections",
                    "java.util.ImmutableCollections", "java.util.List", "java.util.Set", "java.util.TreeMap"),
            new Machinery("strings, numbers and the language's basics, which every path runs",
                    "java.lang.String", "java.lang.StringBuilder", "java.lang.AbstractStringBuilder",
                    "java.lang.StringLatin1", "java.lang.StringUTF16", "java.lang.StringCoding",
                    "java.lang.Character", "java.lang.CharacterDataLatin1", "java.lang.Boolean", "java.lang.Byte",
                    "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Math",
                    "java.lang.StrictMath", "java.lang.Enum", "java.lang.System", "java.util.Objects",
                    "java.util.Locale", "java.security.AccessController"),
            new Machinery("the collections and streams of the linker, the dispatcher and the epoch domain",
                    "java.util.stream.", "java.util.concurrent.atomic.", "java.util.AbstractCollection",
                    "java.util.ArrayList", "java.util.Arrays", "java.util.EnumSet", "java.util.RegularEnumSet",
                    "java.util.HashMap", "java.util.HashSet", "java.util.LinkedHashMap", "java.util.IdentityHashMap",
                    "java.util.Optional", "java.util.Spliterator", "java.util.Spliterators",
                    "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.CopyOnWriteArrayList",
                    "java.util.concurrent.ThreadLocalRandom"),
            new Machinery("defining a patch's code for a class that loads late: its class loader, its"
                    + " classes' definition, its callbacks' first call",
                    "java.lang.ClassValue", "java.security.CodeSource", "java.security.ProtectionDomain",
                    "java.util.ArrayDeque", "java.util.WeakHashMap"),
            new Machinery("the patch lock and the transition's worker, which the trylock and rollback policies"
                    + " take",
                    "java.util.concurrent.locks.", "java.util.concurrent.Executors",
                    "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ScheduledThreadPoolExecutor",
                    "java.util.concurrent.TimeUnit"),
            new Machinery("stack walks: a thread's own switch, the not-watching warning",
                    "java.lang.StackWalker", "java.lang.StackStreamFactory", "java.lang.StackFrameInfo",
                    "java.lang.ClassFrameInfo", "java.lang.StackTraceElement", "java.lang.ModuleLayer",
                    "java.lang.module.Configuration", "java.lang.module.ResolvedModule"),
            new Machinery("the not-watching warning's output",
                    "java.io.PrintStream", "java.io.BufferedOutputStream", "java.io.BufferedWriter",
                    "java.io.FileDescriptor", "java.io.FileOutputStream", "java.io.OutputStream",
                    "java.io.OutputStreamWriter", "java.io.Writer", "java.nio.Buffer", "java.nio.ByteBuffer",
                    "java.nio.ByteOrder", "java.nio.CharBuffer", "java.nio.charset.CharsetEncoder",
                    "java.nio.charset.CoderResult", "java.util.Properties"));

    private Targets() {
    }

    /** Why {@code className} may never be patched, or {@code null} when it may be. */
    public static String neverPatchReason(String className) {
        if (AgentPackages.contains(className)) {
            return "it is part of jlivepatch itself";
        }
        for (Machinery m : MACHINERY) {
            for (String name : m.names()) {
                if (name.endsWith(".") ? className.startsWith(name)
                        : className.equals(name) || className.startsWith(name + "$")) {
                    String what = name.endsWith(".") ? "package " + name.substring(0, name.length() - 1) : name;
                    return what + " runs the patching machinery (" + m.what() + ")";
                }
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
