package io.jlivepatch.patch;

import io.jlivepatch.api.Shadow;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * A patch's code for one class loader of its targets: the patch class and every class of its
 * jar that it reaches (helpers, nested, inner and anonymous classes, enum switch maps,
 * records...), defined under their own names by a class loader of their own, a child of the
 * target's, named {@code jlivepatch:<id>}. Everything javac writes then works as it does in an
 * application: lambdas and method references, string concatenation and switch bootstraps,
 * nestmates among the patch's classes. A stack trace through patch code shows the loader's name
 * (so the patch id), the patch class, its source file and line. Once the patch is unloaded,
 * nothing refers to the loader, and its classes go with it.
 *
 * <p>Access: the patch's classes live in a runtime package of their own, even when they name the
 * target's package. An instruction that reaches a member they could not (a private or
 * package-private member of an application class, or any member of a class that is not public;
 * javac writes the latter for a patch in the target's package, and a patch built from bytecode
 * writes the former) becomes an {@code invokedynamic} linked by a copy of {@link PatchAccess} in
 * the patch's loader: a private lookup, which the JDK grants between unnamed modules (the
 * target's package is opened to the patch's module when the target's is named). What cannot go
 * that way is refused at load, naming the class and method: a constructor, or a type
 * instruction ({@code new}, {@code checkcast}, {@code instanceof}, an array or class literal) of a
 * class that is not public.
 */
public final class PatchCode {

    private static final String ACCESS = PatchAccess.class.getName().replace('.', '/');
    private static final String ACCESS_DESCRIPTOR =
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I"
                    + "Ljava/lang/String;)Ljava/lang/invoke/CallSite;";
    private static final byte[] ACCESS_BYTES = accessTemplate();
    private static final String API_PACKAGE = Shadow.class.getPackageName() + ".";
    /**
     * The name of a patch's class loader is this, then the patch id: stack traces show it, stall
     * reports and {@code SystemState} (which, in the api, keeps its own copy) read the id from it.
     */
    public static final String LOADER_PREFIX = "jlivepatch:";

    private PatchCode() {
    }

    /**
     * Defines {@code patch}'s code for the class loader of {@code targetLookup}'s class, which
     * must have full privilege access; every class it reaches is defined now, so that what
     * cannot work is refused here.
     *
     * @return a private lookup on the patch class
     * @throws PatchException naming what cannot be defined, and why
     */
    public static Lookup define(Lookup targetLookup, PatchDefinition patch) throws PatchException {
        Class<?> target = targetLookup.lookupClass();
        String main = patch.className().replace('.', '/');
        Set<String> reached = reached(main, patch.jarClasses());
        ClassLoader parent = target.getClassLoader();
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        boolean usesAccess = false;
        Map<String, Optional<Class<?>>> classes = new HashMap<>();
        for (String name : reached) {
            ClassWriter writer = new ClassWriter(0);
            PrivateAccess rewriter = new PrivateAccess(writer, reached, parent, patch.id(), classes, true);
            new ClassReader(patch.jarClasses().get(name)).accept(rewriter, 0);
            if (rewriter.problem != null) {
                throw new PatchException(rewriter.problem);
            }
            usesAccess |= rewriter.rewrote;
            rewritten.put(name.replace('/', '.'), writer.toByteArray());
        }
        if (usesAccess) {
            rewritten.put(PatchAccess.class.getName(), ACCESS_BYTES);
        }
        PatchClassLoader loader = new PatchClassLoader(LOADER_PREFIX + patch.id(), parent, rewritten);
        Class<?> patchClass = null;
        for (String name : rewritten.keySet()) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (name.equals(patch.className())) {
                    patchClass = c;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PatchException("patch '" + patch.id() + "': cannot define its class " + name + " for "
                        + target.getName() + ": " + e, e);
            }
        }
        open(targetLookup, loader);
        try {
            return MethodHandles.privateLookupIn(patchClass, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new PatchException("patch '" + patch.id() + "': no access to its own class: " + e, e);
        }
    }

    /**
     * What {@link #define} would refuse of {@code patch}'s code for class loader {@code loader}:
     * each problem with the class and method of the patch it is in. For {@code jlivepatch build},
     * which checks the patch it writes against the old build's classes with the very checks a
     * load makes, so that the two cannot disagree. A class that {@code loader} cannot find (a
     * library the build was not given) is taken as one the check cannot judge, not as a problem.
     */
    public static java.util.List<Problem> problems(PatchDefinition patch, ClassLoader loader) {
        Set<String> reached = reached(patch.className().replace('.', '/'), patch.jarClasses());
        Map<String, Optional<Class<?>>> classes = new HashMap<>();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (String name : reached) {
            PrivateAccess checker = new PrivateAccess(new ClassWriter(0), reached, loader, patch.id(), classes, false);
            new ClassReader(patch.jarClasses().get(name)).accept(checker, 0);
            problems.addAll(checker.problems);
        }
        return problems;
    }

    /**
     * What a load refuses of a patch's code: in class {@code className} (internal name), method
     * {@code method} (name and descriptor, {@code null} for the class itself), {@code what}.
     */
    public record Problem(String className, String method, String what) {
    }

    /**
     * A target in a named module (a JDK class, with {@code bootstrap=boot}) opens its package to
     * the module of the patch's code (for {@link PatchAccess}), through the target's own lookup,
     * since only a module may open its packages at run time. For each target class: the code is
     * shared by the targets of one class loader, which may live in several packages.
     */
    public static void open(Lookup targetLookup, ClassLoader patchLoader) throws PatchException {
        Module module = targetLookup.lookupClass().getModule();
        String pkg = targetLookup.lookupClass().getPackageName();
        Module patchModule = patchLoader.getUnnamedModule();
        if (!module.isNamed() || module.isOpen(pkg, patchModule)) {
            return;
        }
        try {
            MethodHandle addOpens = targetLookup.findVirtual(Module.class, "addOpens",
                    MethodType.methodType(Module.class, String.class, Module.class));
            Module ignored = (Module) addOpens.invokeExact(module, pkg, patchModule);
        } catch (Throwable e) {
            throw new PatchException("cannot open " + pkg + " of " + module + " to the patch's code: " + e, e);
        }
    }

    /** The class loader of one patch's code for one target class loader: its jar's classes first. */
    private static final class PatchClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        PatchClassLoader(String name, ClassLoader parent, Map<String, byte[]> classes) {
            super(name, parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(API_PACKAGE)) {
                // The agent's own api, whatever copy the application has: shadow variables are
                // the agent's, which frees them when it unloads the patch.
                return Class.forName(name, false, Shadow.class.getClassLoader());
            }
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /**
     * Runs a definition once, of a small class of its own making that uses what patch code uses
     * (fields, methods, types, a signature, an annotation, an {@code invokedynamic}), so that the
     * classes a definition needs (ASM's, this class's) are loaded with the agent, not out of the
     * agent jar on the application thread that first links a late class (RefusalListIT).
     */
    public static void warmUp() {
        try {
            // Thrown only for an application class whose members cannot be listed: loaded now,
            // not out of the agent jar on the linker's thread.
            Class.forName(PrivateAccess.Unlisted.class.getName(), true, PatchCode.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        String name = "io/jlivepatch/patch/PatchCodeWarmUp";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object", null);
        cw.visitAnnotation("Ljava/lang/Deprecated;", true).visitEnd();
        cw.visitField(Opcodes.ACC_STATIC, "list", "Ljava/util/List;", "Ljava/util/List<Ljava/lang/String;>;", null)
                .visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;",
                "<T:Ljava/lang/Object;>()TT;", null);
        mv.visitCode();
        mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
        mv.visitInsn(Opcodes.POP);
        mv.visitLdcInsn(Type.getObjectType("java/lang/String"));
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Object");
        mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/LambdaMetafactory", "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;"
                        + "Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
                false), Type.getType("()V"), new Handle(Opcodes.H_INVOKESTATIC, name, "run", "()Ljava/lang/Object;",
                false), Type.getType("()V"));
        mv.visitInsn(Opcodes.POP);
        mv.visitLdcInsn(new ConstantDynamic("none", "Ljava/lang/Object;", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false)));
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        try {
            define(MethodHandles.lookup(), new PatchDefinition("warm-up", "", false, name.replace('/', '.'),
                    java.util.List.of(), Callbacks.NONE, "", null, Map.of(name, bytes), java.util.List.of(), Map.of()));
        } catch (PatchException e) {
            throw new IllegalStateException("the patch code definition does not work: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a patch whose jar holds a class one of {@code loaders} has: the patch's loader would
     * define its own copy, which the application's code never sees (a fat jar that bundles the
     * application, or a class copied by mistake). On the control thread, at load: looking for a
     * class the application lacks walks its class path, which the linker, on an application
     * thread, must not run (RefusalListIT).
     *
     * @param classPathCopies the jar declares {@link PatchJar#CLASS_PATH_COPIES}: a class a loader
     *     has is let through when the loader's class file is byte for byte the jar's (a test's
     *     patch class, packed from the test class path), refused otherwise
     */
    public static void refuseApplicationClasses(PatchDefinition patch, Collection<ClassLoader> loaders,
            boolean classPathCopies) throws PatchException {
        for (String name : reached(patch.className().replace('.', '/'), patch.jarClasses())) {
            String binary = name.replace('/', '.');
            if (binary.startsWith(API_PACKAGE)) {
                continue;
            }
            for (ClassLoader l : loaders) {
                try {
                    Class.forName(binary, false, l);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (classPathCopies && sameClassFile(l, name, patch.jarClasses().get(name))) {
                    continue;
                }
                throw new PatchException("patch '" + patch.id() + "': its jar holds " + binary + ", a class the"
                        + " application has; leave the application's classes out of the patch jar");
            }
        }
    }

    /** Whether {@code loader}'s class file {@code internalName} is {@code bytes}. */
    private static boolean sameClassFile(ClassLoader loader, String internalName, byte[] bytes) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** Class {@code binaryName} as {@code loader} sees it, not initialised, or {@code null}; cached. */
    private static Class<?> find(String binaryName, ClassLoader loader, Map<String, Optional<Class<?>>> cache) {
        return cache.computeIfAbsent(binaryName, n -> {
            try {
                return Optional.of(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** The classes of {@code jar} that {@code main} reaches, itself first. */
    static Set<String> reached(String main, Map<String, byte[]> jar) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(main);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            byte[] bytes = jar.get(name);
            if (bytes == null || !reached.add(name)) {
                continue;
            }
            Remapper recorder = new Remapper() {
                @Override
                public String map(String n) {
                    if (jar.containsKey(n) && !reached.contains(n)) {
                        todo.add(n);
                    }
                    return n;
                }
            };
            new ClassReader(bytes).accept(new ClassRemapper(new ClassWriter(0), recorder), 0);
        }
        return reached;
    }

    private static byte[] accessTemplate() {
        try (InputStream in = PatchAccess.class.getResourceAsStream("PatchAccess.class")) {
            if (in == null) {
                throw new IllegalStateException("PatchAccess.class is missing from the agent");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Turns each instruction that reaches a member the patch's classes cannot reach from their
     * runtime package into an {@code invokedynamic} of {@link PatchAccess}; records what cannot
     * be turned.
     */
    private static final class PrivateAccess extends ClassVisitor {
        private final Set<String> jarClasses;
        private final ClassLoader loader;
        private final String patchId;
        private final Map<String, Optional<Class<?>>> classes;
        /** Whether a class neither the jar nor the loader has is a problem (at load) or unknown (at build). */
        private final boolean missingIsProblem;
        private String className;
        private String superName;
        /** The method being visited, for {@link #problems}. */
        private String method;
        boolean rewrote;
        /** The first problem, as a load reports it. */
        String problem;
        final java.util.List<Problem> problems = new java.util.ArrayList<>();

        PrivateAccess(ClassVisitor next, Set<String> jarClasses, ClassLoader loader, String patchId,
                Map<String, Optional<Class<?>>> classes, boolean missingIsProblem) {
            super(Opcodes.ASM9, next);
            this.jarClasses = jarClasses;
            this.loader = loader;
            this.patchId = patchId;
            this.classes = classes;
            this.missingIsProblem = missingIsProblem;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            this.superName = superName;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            String method = name + descriptor;
            this.method = method;
            if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !name.startsWith("<")) {
                String hidden = packagePrivateOverridden(name, descriptor);
                if (hidden != null) {
                    problem(method, "overrides " + hidden + ", which is package-private: a class of the patch, in"
                            + " a runtime package of its own, cannot override it, and the application's method would"
                            + " run instead");
                }
            }
            boolean constructor = name.equals("<init>");
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    Class<?> o = appClass(owner);
                    Field f;
                    try {
                        f = o == null ? null : field(o, fieldName);
                    } catch (Unlisted e) {
                        super.visitFieldInsn(opcode, owner, fieldName, fieldDescriptor);
                        return;
                    }
                    if (o != null && f == null && isApplication(o)) {
                        refuse("reads or writes the field " + o.getName() + "." + fieldName + ", which the running"
                                + " application does not have (was the patch built against another version?)");
                    }
                    if (o == null || reachable(o, f)) {
                        super.visitFieldInsn(opcode, owner, fieldName, fieldDescriptor);
                        return;
                    }
                    Type t = Type.getType(fieldDescriptor);
                    Type ot = Type.getObjectType(owner);
                    String d = switch (opcode) {
                        case Opcodes.GETSTATIC -> Type.getMethodDescriptor(t);
                        case Opcodes.PUTSTATIC -> Type.getMethodDescriptor(Type.VOID_TYPE, t);
                        case Opcodes.GETFIELD -> Type.getMethodDescriptor(t, ot);
                        default -> Type.getMethodDescriptor(Type.VOID_TYPE, ot, t);
                    };
                    access(fieldName, d, opcode, owner);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor,
                        boolean isInterface) {
                    Class<?> o = appClass(owner);
                    Member m;
                    try {
                        m = o == null ? null : method(o, methodName, methodDescriptor);
                    } catch (Unlisted e) {
                        super.visitMethodInsn(opcode, owner, methodName, methodDescriptor, isInterface);
                        return;
                    }
                    if (o != null && m == null && isApplication(o)) {
                        refuse("calls " + o.getName() + "." + methodName + methodDescriptor + ", which the running"
                                + " application does not have (was the patch built against another version?)");
                    }
                    boolean superCall = opcode == Opcodes.INVOKESPECIAL && m != null
                            && !Modifier.isPrivate(m.getModifiers()) && !methodName.equals("<init>");
                    if (superCall && !Modifier.isPublic(m.getModifiers()) && !Modifier.isProtected(m.getModifiers())) {
                        refuse("calls super." + methodName + methodDescriptor + " of " + o.getName() + ", which is"
                                + " package-private: patch code, in a runtime package of its own, cannot reach it");
                    }
                    if (m instanceof java.lang.reflect.Constructor && Modifier.isProtected(m.getModifiers())
                            && !(constructor && owner.equals(superName))) {
                        // Only a subclass's super(...) reaches a protected constructor across
                        // runtime packages; javac allows new on it in the same package name.
                        refuse("calls the protected constructor " + owner.replace('/', '.') + methodDescriptor
                                + " other than as its subclass's super(...), which patch code cannot;"
                                + " call a factory method instead");
                    }
                    if (o == null || superCall || reachable(o, m)) {
                        super.visitMethodInsn(opcode, owner, methodName, methodDescriptor, isInterface);
                        return;
                    }
                    if (methodName.equals("<init>")) {
                        refuse("calls the constructor " + owner.replace('/', '.') + methodDescriptor
                                + ", which patch code cannot reach (it is not public, or its class is not);"
                                + " call a factory method instead");
                        super.visitMethodInsn(opcode, owner, methodName, methodDescriptor, isInterface);
                        return;
                    }
                    String d = methodDescriptor;
                    if (opcode != Opcodes.INVOKESTATIC) {
                        Type mt = Type.getMethodType(methodDescriptor);
                        Type[] params = new Type[mt.getArgumentTypes().length + 1];
                        params[0] = Type.getObjectType(owner);
                        System.arraycopy(mt.getArgumentTypes(), 0, params, 1, params.length - 1);
                        d = Type.getMethodDescriptor(mt.getReturnType(), params);
                    }
                    access(methodName, d, opcode, owner);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    checkType(type);
                    super.visitTypeInsn(opcode, type);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                        checkType(t.getInternalName());
                    } else {
                        checkConstant(value, "a method type or method handle constant");
                    }
                    super.visitLdcInsn(value);
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                        Object... arguments) {
                    // javac's call sites: lambdas and method references, string concatenation,
                    // switches, records' methods. The JVM checks that the patch's class can reach
                    // every class their types name, and every method a handle names.
                    String where = "a lambda, method reference or other call site javac writes";
                    checkDescriptor(indyDescriptor, where);
                    for (Object a : arguments) {
                        checkConstant(a, where);
                    }
                    super.visitInvokeDynamicInsn(indyName, indyDescriptor, bootstrap, arguments);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        Class<?> c = appClass(type);
                        if (c != null && !Modifier.isPublic(c.getModifiers())) {
                            refuse("catches " + c.getName() + ", which patch code cannot name: it is not public");
                        }
                    }
                    super.visitTryCatchBlock(start, end, handler, type);
                }

                private void checkConstant(Object value, String where) {
                    if (value instanceof Type t) {
                        if (t.getSort() == Type.METHOD) {
                            checkDescriptor(t.getDescriptor(), where);
                        } else if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                            checkNamed(t, where);
                        }
                    } else if (value instanceof Handle h) {
                        Class<?> o = appClass(h.getOwner());
                        if (o != null && !Modifier.isPublic(o.getModifiers())) {
                            refuse("names " + o.getName() + " in " + where + ", which patch code cannot reach:"
                                    + " it is not public");
                        } else if (o != null) {
                            boolean isField = h.getTag() <= Opcodes.H_PUTSTATIC;
                            Member m;
                            try {
                                m = isField ? field(o, h.getName()) : method(o, h.getName(), h.getDesc());
                            } catch (Unlisted e) {
                                m = null;
                            }
                            if (m != null && !reachable(o, m) && !Modifier.isPrivate(m.getModifiers())
                                    || m != null && Modifier.isPrivate(m.getModifiers())) {
                                refuse("refers to " + o.getName() + "." + h.getName() + " in " + where
                                        + ", which patch code cannot reach (it is not public); use a lambda that"
                                        + " calls it instead of a method reference");
                            }
                        }
                        if (o != null) {
                            // The patch's own members (a lambda's body, a record's fields) are its to name.
                            checkDescriptor(h.getTag() <= Opcodes.H_PUTSTATIC ? "()" + h.getDesc() : h.getDesc(), where);
                        }
                    }
                }

                private void checkDescriptor(String descriptor, String where) {
                    Type mt = Type.getMethodType(descriptor);
                    checkNamed(mt.getReturnType(), where);
                    for (Type t : mt.getArgumentTypes()) {
                        checkNamed(t, where);
                    }
                }

                private void checkNamed(Type t, String where) {
                    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
                    if (e.getSort() != Type.OBJECT) {
                        return;
                    }
                    Class<?> c = appClass(e.getInternalName());
                    if (c != null && !Modifier.isPublic(c.getModifiers())) {
                        refuse("uses " + c.getName() + " in " + where + ", which patch code cannot name: it is not"
                                + " public");
                    }
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                    checkType(Type.getType(descriptor).getElementType().getInternalName());
                    super.visitMultiANewArrayInsn(descriptor, numDimensions);
                }

                private void checkType(String type) {
                    String element = type.startsWith("[") ? Type.getType(type).getElementType().getInternalName() : type;
                    Class<?> c = element.length() > 1 || !type.startsWith("[") ? appClass(element) : null;
                    if (c != null && !Modifier.isPublic(c.getModifiers())) {
                        refuse("names the class " + c.getName() + " in an instruction (new, a cast, also one javac"
                                + " writes for a generic's element, instanceof, an array or a class literal), which"
                                + " patch code cannot reach: it is not public");
                    }
                }

                private void refuse(String what) {
                    problem(method, what);
                }

                private void access(String memberName, String descriptor, int opcode, String owner) {
                    // The access call site's type names the member's types and, for an instance
                    // member, its class: each must be one the patch's class can name.
                    checkDescriptor(descriptor, "the access to " + owner.replace('/', '.') + "." + memberName
                            + " (its class or a type of its)");
                    rewrote = true;
                    super.visitInvokeDynamicInsn(memberName, descriptor,
                            new Handle(Opcodes.H_INVOKESTATIC, ACCESS, "bootstrap", ACCESS_DESCRIPTOR, false),
                            opcode, owner.replace('/', '.'));
                }
            };
        }

        /**
         * The class {@code internalName} when it is an application class, found through the
         * target's loader without initialising it; {@code null} for a class of the jar, of the
         * JDK's public API, or one that cannot be found (the instruction fails as it would have).
         */
        private Class<?> appClass(String internalName) {
            if (jarClasses.contains(internalName) || internalName.startsWith("[")) {
                return null;
            }
            String binary = internalName.replace('/', '.');
            if (binary.startsWith(API_PACKAGE)) {
                return null; // the agent's copy, whatever the application has
            }
            Class<?> c = find(binary, loader, classes);
            if (c == null) {
                if (missingIsProblem) {
                    problem(method, "uses the class " + binary + ", which neither the patch jar nor the application"
                            + " has");
                }
                return null;
            }
            return c;
        }

        /** Not the JDK's: a member it lacks is the application's, which a patch may have been built against. */
        private static boolean isApplication(Class<?> c) {
            ClassLoader l = c.getClassLoader();
            return l != null && l != ClassLoader.getPlatformClassLoader();
        }

        /** Records that {@code what} is wrong with method {@code where} of this class ({@code null}: the class). */
        private void problem(String where, String what) {
            problems.add(new Problem(className, where, what));
            if (problem == null) {
                problem = "patch '" + patchId + "': " + className.replace('/', '.') + (where == null ? "" : "." + where)
                        + " " + what;
            }
        }

        /**
         * The package-private method {@code name descriptor} of an application superclass of this
         * class, as {@code Class.method}, or {@code null}.
         */
        private String packagePrivateOverridden(String name, String descriptor) {
            if (superName == null || jarClasses.contains(superName)) {
                return null;
            }
            for (Class<?> k = find(superName.replace('/', '.'), loader, classes); k != null; k = k.getSuperclass()) {
                Method[] declared;
                try {
                    declared = k.getDeclaredMethods();
                } catch (LinkageError e) {
                    return null; // unlisted: an optional dependency of the application is missing
                }
                for (Method m : declared) {
                    int mod = m.getModifiers();
                    if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)
                            && !Modifier.isPublic(mod) && !Modifier.isProtected(mod) && !Modifier.isPrivate(mod)
                            && !Modifier.isStatic(mod)) {
                        return k.getName() + "." + name + descriptor;
                    }
                }
            }
            return null;
        }

        /**
         * Whether a class in another runtime package reaches member {@code m} of {@code owner} as
         * it stands: a public member of a public class. An unknown member is left alone.
         */
        private static boolean reachable(Class<?> owner, Member m) {
            if (m == null) {
                return true;
            }
            // Protected too: javac lets a class of the same package name reach it, which the patch's
            // runtime package is not (a super call, which the JVM allows a subclass, is left alone).
            // A protected constructor is called by a subclass's super(...) (a record's, an enum's),
            // which the JVM allows across runtime packages.
            boolean member = Modifier.isPublic(m.getModifiers())
                    || (m instanceof java.lang.reflect.Constructor && Modifier.isProtected(m.getModifiers()));
            return member && Modifier.isPublic(owner.getModifiers())
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers());
        }

        /**
         * A class's members could not be listed (one of their types is missing: an optional
         * dependency of the application); its instructions are left as javac wrote them.
         */
        private static final class Unlisted extends RuntimeException {
            Unlisted() {
                super(null, null, false, false);
            }
        }

        private static Field field(Class<?> c, String name) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                try {
                    return k.getDeclaredField(name);
                } catch (NoSuchFieldException | SecurityException e) {
                    // Up the hierarchy.
                } catch (LinkageError e) {
                    throw new Unlisted();
                }
            }
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Class<?> i : k.getInterfaces()) {
                    Field f = field(i, name);
                    if (f != null) {
                        return f;
                    }
                }
            }
            return null;
        }

        private static Member method(Class<?> c, String name, String descriptor) {
            try {
                if (name.equals("<init>")) {
                    for (var k : c.getDeclaredConstructors()) {
                        if (Type.getConstructorDescriptor(k).equals(descriptor)) {
                            return k;
                        }
                    }
                    return null;
                }
                for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                    for (Method m : k.getDeclaredMethods()) {
                        if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                            return m;
                        }
                    }
                }
                for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                    for (Class<?> i : k.getInterfaces()) {
                        Member m = method(i, name, descriptor);
                        if (m != null) {
                            return m;
                        }
                    }
                }
                if (c.isInterface()) {
                    // An interface's calls may name Object's public methods.
                    return method(Object.class, name, descriptor);
                }
            } catch (SecurityException e) {
                return null;
            } catch (LinkageError e) {
                throw new Unlisted();
            }
            return null;
        }
    }
}
