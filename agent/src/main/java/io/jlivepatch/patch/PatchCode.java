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
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
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
        for (String name : reached) {
            ClassWriter writer = new ClassWriter(0);
            PrivateAccess rewriter = new PrivateAccess(writer, reached, parent, patch.id());
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
        PatchClassLoader loader = new PatchClassLoader("jlivepatch:" + patch.id(), parent, rewritten);
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
        private String className;
        boolean rewrote;
        String problem;

        PrivateAccess(ClassVisitor next, Set<String> jarClasses, ClassLoader loader, String patchId) {
            super(Opcodes.ASM9, next);
            this.jarClasses = jarClasses;
            this.loader = loader;
            this.patchId = patchId;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            String method = name + descriptor;
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    Class<?> o = appClass(owner);
                    if (o == null || reachable(o, field(o, fieldName))) {
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
                    Member m = o == null ? null : method(o, methodName, methodDescriptor);
                    boolean superCall = opcode == Opcodes.INVOKESPECIAL && m != null
                            && !Modifier.isPrivate(m.getModifiers()) && !methodName.equals("<init>");
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
                    }
                    super.visitLdcInsn(value);
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
                        refuse("names the class " + c.getName() + " in an instruction (new, a cast, instanceof, an"
                                + " array or a class literal), which patch code cannot reach: it is not public");
                    }
                }

                private void refuse(String what) {
                    if (problem == null) {
                        problem = "patch '" + patchId + "': " + className.replace('/', '.') + "." + method + " "
                                + what;
                    }
                }

                private void access(String memberName, String descriptor, int opcode, String owner) {
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
            try {
                return Class.forName(internalName.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
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

        private static Field field(Class<?> c, String name) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                try {
                    return k.getDeclaredField(name);
                } catch (NoSuchFieldException | LinkageError | SecurityException e) {
                    // Up the hierarchy.
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                Field f = field(i, name);
                if (f != null) {
                    return f;
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
                for (Class<?> i : c.getInterfaces()) {
                    Member m = method(i, name, descriptor);
                    if (m != null) {
                        return m;
                    }
                }
            } catch (LinkageError | SecurityException e) {
                return null;
            }
            return null;
        }
    }
}
