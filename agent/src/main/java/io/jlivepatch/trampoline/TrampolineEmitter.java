package io.jlivepatch.trampoline;

import io.jlivepatch.bootstrap.Trampolines;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Emits the trampoline prologue (see the package notes) in front of one method's body. */
final class TrampolineEmitter extends MethodVisitor {

    static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";

    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Trampolines.INTERNAL_NAME,
            Trampolines.BOOTSTRAP_NAME, Trampolines.BOOTSTRAP_DESCRIPTOR, false);

    private final String owner;
    private final int access;
    private final String descriptor;
    private final int slotId;
    private int prologueStack;

    TrampolineEmitter(MethodVisitor next, String owner, int access, String descriptor, int slotId) {
        super(Opcodes.ASM9, next);
        this.owner = owner;
        this.access = access;
        this.descriptor = descriptor;
        this.slotId = slotId;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        Type method = Type.getMethodType(descriptor);

        super.visitInvokeDynamicInsn("jlivepatch", "()L" + METHOD_HANDLE + ";", BOOTSTRAP, slotId);
        super.visitInsn(Opcodes.DUP);
        Label original = new Label();
        super.visitJumpInsn(Opcodes.IFNULL, original);

        StringBuilder invokeDescriptor = new StringBuilder("(");
        int slot = 0;
        int stack = 1;
        if (!isStatic) {
            super.visitVarInsn(Opcodes.ALOAD, 0);
            invokeDescriptor.append('L').append(owner).append(';');
            slot = 1;
            stack++;
        }
        for (Type arg : method.getArgumentTypes()) {
            super.visitVarInsn(arg.getOpcode(Opcodes.ILOAD), slot);
            invokeDescriptor.append(arg.getDescriptor());
            slot += arg.getSize();
            stack += arg.getSize();
        }
        invokeDescriptor.append(')').append(method.getReturnType().getDescriptor());
        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, METHOD_HANDLE, "invokeExact", invokeDescriptor.toString(), false);
        super.visitInsn(method.getReturnType().getOpcode(Opcodes.IRETURN));
        prologueStack = Math.max(stack, 2);

        // The only frame the prologue adds: the branch target, with the arguments as locals and
        // the null handle on the stack. The original body's own frames follow unchanged.
        Object[] locals = entryLocals(isStatic, method);
        super.visitLabel(original);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {METHOD_HANDLE});
        super.visitInsn(Opcodes.POP);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(Math.max(maxStack, prologueStack), maxLocals);
    }

    private Object[] entryLocals(boolean isStatic, Type method) {
        List<Object> locals = new ArrayList<>();
        if (!isStatic) {
            locals.add(owner);
        }
        for (Type arg : method.getArgumentTypes()) {
            locals.add(switch (arg.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> Opcodes.INTEGER;
                case Type.LONG -> Opcodes.LONG;
                case Type.FLOAT -> Opcodes.FLOAT;
                case Type.DOUBLE -> Opcodes.DOUBLE;
                default -> arg.getInternalName();
            });
        }
        return locals.toArray();
    }
}
