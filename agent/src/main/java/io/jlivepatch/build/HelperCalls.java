package io.jlivepatch.build;

import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Sends every call or method handle of a method the patch carries ({@link Plan.Carried}) to the
 * patch's static helper instead, with the same stack effect: a receiver becomes the helper's
 * first parameter, which is also what a lambda's factory passes first.
 */
class HelperCalls extends MethodVisitor {

    /** A helper of the patch class: by the carried method's {@link Plan#key}. */
    record Helper(String owner, String name, String descriptor) {
    }

    private final Map<String, Helper> helpers;

    HelperCalls(MethodVisitor next, Map<String, Helper> helpers) {
        super(Opcodes.ASM9, next);
        this.helpers = helpers;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        Helper h = helpers.get(Plan.key(owner, name, descriptor));
        if (h != null) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, h.owner(), h.name(), h.descriptor(), false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        Object[] args = arguments.clone();
        for (int i = 0; i < args.length; i++) {
            args[i] = constant(args[i]);
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, args);
    }

    @Override
    public void visitLdcInsn(Object value) {
        super.visitLdcInsn(constant(value));
    }

    private Object constant(Object value) {
        if (value instanceof Handle h && h.getTag() > Opcodes.H_PUTSTATIC) {
            Helper helper = helpers.get(Plan.key(h.getOwner(), h.getName(), h.getDesc()));
            if (helper != null) {
                return new Handle(Opcodes.H_INVOKESTATIC, helper.owner(), helper.name(), helper.descriptor(), false);
            }
        }
        return value;
    }
}
