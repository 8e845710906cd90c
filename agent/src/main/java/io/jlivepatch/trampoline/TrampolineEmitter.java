package io.jlivepatch.trampoline;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Trampolines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.LocalVariablesSorter;

/**
 * Emits the trampoline (see the package notes) around one method's body: the prologue in front,
 * a read-section exit before each of the body's returns, and a handler that leaves the read
 * section when the body throws.
 *
 * <p>The prologue's own instructions, and everything that touches the new {@code record} local,
 * go straight to the next visitor: their local indexes are already final. The original body goes
 * through {@link LocalVariablesSorter}, which moves its locals out of the new local's way and
 * adds it to the body's stack map frames.
 */
final class TrampolineEmitter extends LocalVariablesSorter {

    static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";
    static final String EPOCH = RecordExits.EPOCH;
    static final String RECORD = RecordExits.RECORD;
    static final String DISPATCHER = "io/jlivepatch/bootstrap/Dispatcher";

    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Trampolines.INTERNAL_NAME,
            Trampolines.BOOTSTRAP_NAME, Trampolines.BOOTSTRAP_DESCRIPTOR, false);

    private final String owner;
    private final boolean isStatic;
    private final Type method;
    private final int slotId;
    private final Label bodyStart = new Label();
    private int record;
    private int prologueStack;

    TrampolineEmitter(MethodVisitor next, String owner, int access, String descriptor, int slotId) {
        super(Opcodes.ASM9, access, descriptor, next);
        this.owner = owner;
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.method = Type.getMethodType(descriptor);
        this.slotId = slotId;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        record = newLocal(Type.getObjectType(RECORD));
        Object[] args = argumentLocals();
        Object[] argsAndRecord = with(args, RECORD);
        Label transition = new Label();
        Label idle = new Label();
        Label originalInSection = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label tryHandler = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, tryHandler, null);

        // Idle: null. Stable: the replacement. Transition: Dispatcher.TRANSITION.
        mv.visitInvokeDynamicInsn(Trampolines.SITE_NAME, "()L" + METHOD_HANDLE + ";", BOOTSTRAP, slotId);
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNULL, idle);
        mv.visitInsn(Opcodes.DUP);
        mv.visitFieldInsn(Opcodes.GETSTATIC, DISPATCHER, "TRANSITION", "L" + METHOD_HANDLE + ";");
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, transition);
        invokeWithArguments();
        mv.visitInsn(method.getReturnType().getOpcode(Opcodes.IRETURN));

        // Transition: the whole call, original body included, runs inside a read section.
        mv.visitLabel(transition);
        mv.visitFrame(Opcodes.F_NEW, args.length, args, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, EPOCH, "enter", "()L" + RECORD + ";", false);
        mv.visitVarInsn(Opcodes.ASTORE, record);
        mv.visitLdcInsn(slotId);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, DISPATCHER, Dispatcher.ROUTE_NAME, Dispatcher.ROUTE_DESCRIPTOR,
                false);
        // ROUTE_BELOW (0) or ROUTE_TOP (1); the entry below may be null, the original body.
        Label below = new Label();
        Label selected = new Label();
        mv.visitJumpInsn(Opcodes.IFEQ, below);
        mv.visitInvokeDynamicInsn(Trampolines.TOP_SITE_NAME, "()L" + METHOD_HANDLE + ";", BOOTSTRAP, slotId);
        mv.visitJumpInsn(Opcodes.GOTO, selected);
        mv.visitLabel(below);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 0, new Object[0]);
        mv.visitInvokeDynamicInsn(Trampolines.BELOW_SITE_NAME, "()L" + METHOD_HANDLE + ";", BOOTSTRAP, slotId);
        mv.visitLabel(selected);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNULL, originalInSection);
        mv.visitLabel(tryStart);
        invokeWithArguments();
        mv.visitLabel(tryEnd);
        exitSection();
        mv.visitInsn(method.getReturnType().getOpcode(Opcodes.IRETURN));
        mv.visitLabel(tryHandler);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {"java/lang/Throwable"});
        exitSection();
        mv.visitInsn(Opcodes.ATHROW);

        mv.visitLabel(idle);
        mv.visitFrame(Opcodes.F_NEW, args.length, args, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, record);
        mv.visitJumpInsn(Opcodes.GOTO, bodyStart);

        mv.visitLabel(originalInSection);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.POP);

        // The body's own first frame, if its first instruction is a branch target, lands after
        // the NOP: two frames may not share an offset.
        mv.visitLabel(bodyStart);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 0, new Object[0]);
        mv.visitInsn(Opcodes.NOP);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            exitSectionIfEntered();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        RecordExits.appendRethrowingExit(mv, bodyStart, record, "exitIfEntered");
        // The exit before a return loads the record over the returned value: one more slot.
        super.visitMaxs(Math.max(maxStack + 1, Math.max(prologueStack, 2)), maxLocals);
    }

    private void exitSection() {
        RecordExits.callExit(mv, record, "exit");
    }

    /** No branch, so no frame: the null test is inside the callee, and folds when idle. */
    private void exitSectionIfEntered() {
        RecordExits.callExit(mv, record, "exitIfEntered");
    }

    /** With the handle on the stack: pushes the receiver and arguments and invokes it exactly. */
    private void invokeWithArguments() {
        StringBuilder descriptor = new StringBuilder("(");
        int slot = 0;
        int stack = 1;
        if (!isStatic) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            descriptor.append('L').append(owner).append(';');
            slot = 1;
            stack++;
        }
        for (Type arg : method.getArgumentTypes()) {
            mv.visitVarInsn(arg.getOpcode(Opcodes.ILOAD), slot);
            descriptor.append(arg.getDescriptor());
            slot += arg.getSize();
            stack += arg.getSize();
        }
        descriptor.append(')').append(method.getReturnType().getDescriptor());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, METHOD_HANDLE, "invokeExact", descriptor.toString(), false);
        // The identity test against Dispatcher.TRANSITION holds three handles at once.
        prologueStack = Math.max(prologueStack, Math.max(stack, 3));
    }

    /** The frame locals at entry: the receiver and the arguments. */
    private Object[] argumentLocals() {
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

    private static Object[] with(Object[] locals, Object last) {
        Object[] more = Arrays.copyOf(locals, locals.length + 1);
        more[locals.length] = last;
        return more;
    }
}
