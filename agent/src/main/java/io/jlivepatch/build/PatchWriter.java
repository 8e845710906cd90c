package io.jlivepatch.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Writes a {@link Plan} as a patch jar: one {@code @LivePatch} class with a {@code static}
 * {@code @Redirect} replacement per changed method (the new build's body, the receiver its first
 * parameter, the old method's fingerprint recorded for the load's guard) and a static helper per
 * carried method, and the classes only the new build has.
 *
 * <p>The patch's code lives in the package of the class it comes from, so that it reaches the
 * new classes of that package, which the agent defines in the patch's class loader, in the same
 * runtime package: the {@code @LivePatch} class, in the package of the first changed class, holds
 * every {@code @Redirect}; the code of another package's replacements and helpers goes to a
 * public class of that package ({@code <package>.LivePatch_<id>}), which the redirect calls. The
 * new classes' private members become package-private and their nest attributes go, since their
 * nest host, a running class, does not list them. What they and the replacements reach of the
 * running classes' private members goes through the agent's access rewriting
 * ({@link io.jlivepatch.patch.PatchCode}).
 */
final class PatchWriter {

    private static final String LIVE_PATCH = "Lio/jlivepatch/api/LivePatch;";
    private static final String REDIRECT = "Lio/jlivepatch/api/Redirect;";
    /** Zip times of the entries: the same inputs write the same bytes. */
    private static final long ENTRY_TIME = 315_532_800_000L + 86_400_000L * 32;

    /**
     * What a write made: the jar's entries, by entry name, and where each method of the patch's
     * code came from ({@code class.name descriptor} to the {@link Plan#uses} unit), so that what
     * a load would refuse of the code is refused as the change it came from.
     */
    record Written(Map<String, byte[]> entries, Map<String, String> origins) {
    }

    private final Plan plan;
    private final String simpleName;
    private final String patchClass;
    private final Map<String, HelperCalls.Helper> helpers = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> origins = new TreeMap<>();
    /** The classes that hold the patch's code, by internal name: the patch class first. */
    private final Map<String, ClassWriter> code = new LinkedHashMap<>();
    private final Map<String, Integer> versions = new TreeMap<>();
    private final Map<String, Set<String>> sources = new TreeMap<>();

    private PatchWriter(Plan plan, String id) {
        this.plan = plan;
        this.simpleName = "LivePatch_" + id.replaceAll("[^A-Za-z0-9_]", "_");
        String pkg = "";
        for (Plan.Changed c : plan.included()) {
            pkg = packageOf(c.owner().name);
            break;
        }
        this.patchClass = pkg + simpleName;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash + 1);
    }

    /** The class that holds the code of {@code owner}'s replacements and helpers: one of its package. */
    private String home(String owner) {
        return packageOf(owner) + simpleName;
    }

    /** The patch class's binary name for {@code id}, given {@code plan}. */
    static String patchClassName(Plan plan, String id) {
        return new PatchWriter(plan, id).patchClass.replace('/', '.');
    }

    /** The jar's entries and the origins of its code. */
    static Written write(Plan plan, String id, String description) {
        PatchWriter w = new PatchWriter(plan, id);
        return new Written(w.entries(id, description), w.origins);
    }

    /** Writes {@code entries} as a jar, in their order, with fixed times. */
    static byte[] jar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "jlivepatch build");
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            JarEntry m = new JarEntry("META-INF/MANIFEST.MF");
            m.setTime(ENTRY_TIME);
            out.putNextEntry(m);
            manifest.write(out);
            out.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                entry.setTime(ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Map<String, byte[]> entries(String id, String description) {
        for (Plan.Carried c : plan.carriedIncluded()) {
            helpers.put(Plan.key(c.owner().name, c.method().name, c.method().desc), new HelperCalls.Helper(
                    home(c.owner().name), unique(simpleName(c.owner().name) + "$" + c.method().name),
                    Plan.staticDescriptor(c.owner().name, c.method())));
        }
        List<ClassNode> owners = new ArrayList<>();
        for (Plan.Changed c : plan.included()) {
            owners.add(c.owner());
        }
        for (Plan.Carried c : plan.carriedIncluded()) {
            owners.add(c.owner());
        }
        versions.put(patchClass, Opcodes.V1_8);
        sources.put(patchClass, new TreeSet<>());
        for (ClassNode o : owners) {
            versions.merge(home(o.name), o.version & 0xFFFF, Math::max);
            sources.computeIfAbsent(home(o.name), k -> new TreeSet<>()).add(String.valueOf(o.sourceFile));
        }
        ClassWriter main = codeClass(patchClass);
        AnnotationVisitor live = main.visitAnnotation(LIVE_PATCH, true);
        live.visit("id", id);
        live.visit("description", description);
        live.visitEnd();
        for (Plan.Changed c : plan.included()) {
            MethodNode m = c.method();
            String owner = c.owner().name;
            String name = unique(simpleName(owner) + "$" + c.target());
            String descriptor = Plan.staticDescriptor(owner, m);
            String home = home(owner);
            MethodVisitor mv = main.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, descriptor, null,
                    m.exceptions.toArray(String[]::new));
            AnnotationVisitor r = mv.visitAnnotation(REDIRECT, true);
            r.visit("type", owner.replace('/', '.'));
            r.visit("method", c.target());
            r.visit("descriptor", m.desc);
            r.visit("fingerprint", c.oldFingerprint());
            r.visitEnd();
            if (home.equals(patchClass)) {
                m.accept(new CodeCopier(mv, helpers));
                origins.put(patchClass + "." + name + descriptor, c.unit());
            } else {
                delegate(mv, home, name, descriptor);
                MethodVisitor body = codeClass(home).visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                        name, descriptor, null, m.exceptions.toArray(String[]::new));
                m.accept(new CodeCopier(body, helpers));
                origins.put(home + "." + name + descriptor, c.unit());
            }
        }
        for (Plan.Carried c : plan.carriedIncluded()) {
            HelperCalls.Helper h = helpers.get(Plan.key(c.owner().name, c.method().name, c.method().desc));
            MethodVisitor mv = codeClass(h.owner()).visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC
                    | Opcodes.ACC_SYNTHETIC, h.name(), h.descriptor(), null, c.method().exceptions.toArray(String[]::new));
            c.method().accept(new CodeCopier(mv, helpers));
            origins.put(h.owner() + "." + h.name() + h.descriptor(), Plan.key(c.owner().name, c.method().name,
                    c.method().desc));
        }
        Map<String, byte[]> entries = new TreeMap<>();
        for (Map.Entry<String, ClassWriter> e : code.entrySet()) {
            e.getValue().visitEnd();
            entries.put(e.getKey() + ".class", e.getValue().toByteArray());
        }
        for (String name : plan.newClassesIncluded()) {
            entries.put(name + ".class", newClass(plan.newBuild.get(name)));
        }
        return entries;
    }

    /**
     * The class {@code name} that holds patch code, made on first use: of the newest class-file
     * version of the code it holds, public, since the patch class calls it from another package.
     */
    private ClassWriter codeClass(String name) {
        return code.computeIfAbsent(name, n -> {
            ClassWriter w = new ClassWriter(0);
            w.visit(versions.get(n), Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, n, null,
                    "java/lang/Object", null);
            Set<String> files = sources.get(n);
            if (files.size() == 1 && !files.contains("null")) {
                // Line numbers are the new build's: a stack trace through the patch names its source's lines.
                w.visitSource(files.iterator().next(), null);
            }
            return w;
        });
    }

    /** The body of a redirect whose code lives in {@code home}: passes its arguments on and returns the answer. */
    private static void delegate(MethodVisitor mv, String home, String name, String descriptor) {
        mv.visitCode();
        int slot = 0;
        for (Type t : Type.getArgumentTypes(descriptor)) {
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, home, name, descriptor, false);
        Type result = Type.getReturnType(descriptor);
        mv.visitInsn(result.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(Math.max(slot, result.getSize()), slot);
        mv.visitEnd();
    }

    /**
     * A class only the new build has, for the patch's class loader: calls of carried methods go
     * to the helpers, and private members become package-private (public in an interface, which
     * allows no other), since the nest its class file names does not list it.
     */
    private byte[] newClass(ClassNode c) {
        boolean itf = (c.access & Opcodes.ACC_INTERFACE) != 0;
        for (MethodNode m : c.methods) {
            m.access = open(m.access, itf);
        }
        for (FieldNode f : c.fields) {
            f.access = open(f.access, itf);
        }
        c.nestHostClass = null;
        c.nestMembers = null;
        ClassWriter cw = new ClassWriter(0);
        c.accept(new ClassVisitor(Opcodes.ASM9, cw) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new HelperCalls(super.visitMethod(access, name, descriptor, signature, exceptions),
                        helpers);
            }
        });
        return cw.toByteArray();
    }

    private static int open(int access, boolean itf) {
        if ((access & Opcodes.ACC_PRIVATE) == 0) {
            return access;
        }
        return (access & ~Opcodes.ACC_PRIVATE) | (itf ? Opcodes.ACC_PUBLIC : 0);
    }

    private String unique(String name) {
        String clean = name.replaceAll("[.;\\[/<>]", "_");
        String candidate = clean;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = clean + "$" + n;
        }
        return candidate;
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
