package io.jlivepatch.patch;

import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Full-privilege lookups on target classes, which {@link PatchCode} defines a patch's code with,
 * and the handles the trampoline runs.
 */
public final class Replacements {

    private static final AtomicInteger LOOKUP_CLASSES = new AtomicInteger();

    private Replacements() {
    }

    /**
     * A lookup on {@code target} with full privilege access, as defining a hidden nestmate
     * needs. Opens the target's package to the agent when its module is named and does not.
     */
    public static Lookup fullPrivilegeLookup(Class<?> target, Instrumentation inst) throws PatchException {
        Module agent = Replacements.class.getModule();
        Module module = target.getModule();
        String pkg = target.getPackageName();
        try {
            if (module.isNamed() && !module.isOpen(pkg, agent)) {
                inst.redefineModule(module, Set.of(), Map.of(), Map.of(pkg, Set.of(agent)), Set.of(), Map.of());
            }
            Lookup lookup = MethodHandles.privateLookupIn(target, MethodHandles.lookup());
            if (lookup.hasFullPrivilegeAccess()) {
                return lookup;
            }
            // The target lives in another module than the agent: a private lookup from here lacks
            // module access. A tiny class of our making in the target's package has full
            // privilege in that module, and a private lookup from it keeps it.
            return MethodHandles.privateLookupIn(target, lookupInModuleOf(lookup));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new PatchException("cannot patch " + target.getName() + ": no private access to it ("
                    + e + ")", e);
        }
    }

    private static Lookup lookupInModuleOf(Lookup privateLookup) throws ReflectiveOperationException {
        String pkg = privateLookup.lookupClass().getPackageName();
        String name = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + "JlivepatchLookup$"
                + LOOKUP_CLASSES.incrementAndGet();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", null, null);
        mv.visitCode();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Class<?> helper = privateLookup.defineClass(cw.toByteArray());
        return (Lookup) helper.getMethod("lookup").invoke(null);
    }

    /**
     * The handle the trampoline of {@code method} (declared by the lookup class of
     * {@code targetLookup}) runs for {@code r}: the replacement, typed exactly as the trampoline
     * invokes it, receiver first for an instance method.
     */
    public static MethodHandle handle(Lookup hidden, Class<?> target, MethodInfo method, RedirectDefinition r,
            String patchId) throws PatchException {
        Class<?> code = hidden.lookupClass();
        ClassLoader loader = code.getClassLoader();
        String full = target.getName() + "." + method.name() + method.descriptor();
        try {
            MethodType siteType = MethodType.fromMethodDescriptorString(method.descriptor(), loader);
            if (!method.isStatic()) {
                siteType = siteType.insertParameterTypes(0, target);
            }
            MethodType replacementType = MethodType.fromMethodDescriptorString(r.replacementDescriptor(), loader);
            if (!method.isStatic() && !replacementType.parameterType(0).isAssignableFrom(target)) {
                throw new PatchException("replacement " + r.replacementName() + r.replacementDescriptor()
                        + " does not fit " + full + ": its receiver parameter is "
                        + replacementType.parameterType(0).getName() + ", which " + target.getName()
                        + " is not");
            }
            MethodHandle mh = hidden.findStatic(code, r.replacementName(), replacementType);
            return mh.asType(siteType);
        } catch (ReflectiveOperationException | TypeNotPresentException | LinkageError | IllegalArgumentException e) {
            throw new PatchException("patch '" + patchId + "': cannot bind replacement " + r.replacementName()
                    + r.replacementDescriptor() + " to " + full + ": " + e, e);
        }
    }
}
