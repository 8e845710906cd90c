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
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Writes a {@link Plan} as a patch jar: one {@code @LivePatch} class with a {@code static}
 * {@code @Redirect} replacement per changed method (the new build's body, the receiver its first
 * parameter, the old method's fingerprint recorded for the load's guard) and a static helper per
 * carried method, and the classes only the new build has.
 *
 * <p>The patch class lives in the package of the first changed class, so that the new classes
 * of that package, which the agent defines in the patch's class loader, are in its runtime
 * package: their private members become package-private and their nest attributes go, since
 * their nest host, a running class, does not list them. What they and the replacements reach of
 * the running classes' private members goes through the agent's access rewriting
 * ({@link io.jlivepatch.patch.PatchCode}).
 */
final class PatchWriter {

    private static final String LIVE_PATCH = "Lio/jlivepatch/api/LivePatch;";
    private static final String REDIRECT = "Lio/jlivepatch/api/Redirect;";
    /** Zip times of the entries: the same inputs write the same bytes. */
    private static final long ENTRY_TIME = 315_532_800_000L + 86_400_000L * 32;

    private final Plan plan;
    private final String patchClass;
    private final Map<String, HelperCalls.Helper> helpers = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    private PatchWriter(Plan plan, String id) {
        this.plan = plan;
        String pkg = "";
        for (Plan.Changed c : included()) {
            int slash = c.owner().name.lastIndexOf('/');
            pkg = slash < 0 ? "" : c.owner().name.substring(0, slash + 1);
            break;
        }
        this.patchClass = pkg + "LivePatch_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The patch class's binary name for {@code id}, given {@code plan}. */
    static String patchClassName(Plan plan, String id) {
        return new PatchWriter(plan, id).patchClass.replace('/', '.');
    }

    /** The jar's entries, by entry name, manifest first. */
    static Map<String, byte[]> write(Plan plan, String id, String description) {
        return new PatchWriter(plan, id).entries(id, description);
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

    private List<Plan.Changed> included() {
        List<Plan.Changed> in = new ArrayList<>();
        for (Plan.Changed c : plan.changed) {
            if (!plan.leftOut(c.owner().name, c.method().name + c.method().desc)) {
                in.add(c);
            }
        }
        return in;
    }

    private Map<String, byte[]> entries(String id, String description) {
        for (Plan.Carried c : plan.carried.values()) {
            if (plan.leftOut(c.owner().name, c.method().name + c.method().desc)) {
                continue;
            }
            helpers.put(Plan.key(c.owner().name, c.method().name, c.method().desc), new HelperCalls.Helper(patchClass,
                    unique(simpleName(c.owner().name) + "$" + c.method().name),
                    Plan.staticDescriptor(c.owner().name, c.method())));
        }
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put(patchClass + ".class", patchClass(id, description));
        for (String name : plan.newClasses) {
            entries.put(name + ".class", newClass(plan.newBuild.get(name)));
        }
        return entries;
    }

    private byte[] patchClass(String id, String description) {
        int version = Opcodes.V1_8;
        Set<String> sources = new HashSet<>();
        List<ClassNode> owners = new ArrayList<>();
        for (Plan.Changed c : included()) {
            owners.add(c.owner());
        }
        for (Plan.Carried c : plan.carried.values()) {
            owners.add(c.owner());
        }
        for (ClassNode o : owners) {
            version = Math.max(version, o.version & 0xFFFF);
            sources.add(String.valueOf(o.sourceFile));
        }
        ClassWriter cw = new ClassWriter(0);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, patchClass, null,
                "java/lang/Object", null);
        if (sources.size() == 1 && !sources.contains("null")) {
            // Line numbers are the new build's: a stack trace through the patch names its source's lines.
            cw.visitSource(sources.iterator().next(), null);
        }
        AnnotationVisitor live = cw.visitAnnotation(LIVE_PATCH, true);
        live.visit("id", id);
        live.visit("description", description);
        live.visitEnd();
        for (Plan.Changed c : included()) {
            MethodNode m = c.method();
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                    unique(simpleName(c.owner().name) + "$" + m.name), Plan.staticDescriptor(c.owner().name, m), null,
                    m.exceptions.toArray(String[]::new));
            AnnotationVisitor r = mv.visitAnnotation(REDIRECT, true);
            r.visit("type", c.owner().name.replace('/', '.'));
            r.visit("method", m.name);
            r.visit("descriptor", m.desc);
            r.visit("fingerprint", c.oldFingerprint());
            r.visitEnd();
            m.accept(new CodeCopier(mv, helpers));
        }
        for (Plan.Carried c : plan.carried.values()) {
            HelperCalls.Helper h = helpers.get(Plan.key(c.owner().name, c.method().name, c.method().desc));
            if (h == null) {
                continue;
            }
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    h.name(), h.descriptor(), null, c.method().exceptions.toArray(String[]::new));
            c.method().accept(new CodeCopier(mv, helpers));
        }
        cw.visitEnd();
        return cw.toByteArray();
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
