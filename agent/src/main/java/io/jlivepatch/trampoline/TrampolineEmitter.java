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
 * <p>The prologue's own instructions, and everything that touches its new locals, go straight to
 * the next visitor: their local indexes are already final. The original body goes through
 * {@link LocalVariablesSorter}, which moves its locals out of the new locals' way and adds them
 * to the body's stack map frames.
 *
 * <h2>Every path closes the section</h2>
 * Once {@code Epoch.enter} has returned a record, every instruction up to the method's exit is
 * covered: the dispatcher's {@code route}, the links and calls of the entry call sites and the
 * replacement (a handler that exits and rethrows), the original body (its own rethrowing
 * handler), and each call of {@code Epoch.exit} itself. When a call of {@code exit} throws (a
 * stack overflow at its entry: it then changed nothing, see there), the <em>last-resort exit</em>
 * closes the section with field stores alone, no call: one level of depth less; at depth zero
 * the section mode reset, the announcement cleared (a volatile store, so not before the
 * section's reads) and the trylock pin let go if this record holds it. It then throws what the
 * call was throwing, or what the exit was throwing when there is nothing else. Field stores need
 * their classes resolved: the transition path resolves them (an {@code ldc} of each) before it
 * enters the section, so that resolving the fields then is the JVM's own work, with no call into
 * a class loader. (Found by {@code TrampolineErrorTest}: the first run of the last resort, deep
 * in a stack, resolved {@code ThreadRecord} through the target's class loader, overflowed there,
 * and left the section open.)
 */
final class TrampolineEmitter extends LocalVariablesSorter {

    static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";
    static final String THROWABLE = "java/lang/Throwable";
    static final String EPOCH = RecordExits.EPOCH;
    static final String RECORD = RecordExits.RECORD;
    static final String DISPATCHER = "io/jlivepatch/bootstrap/Dispatcher";
    static final String PATCH_LOCK = "io/jlivepatch/bootstrap/PatchLock";

    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Trampolines.INTERNAL_NAME,
            Trampolines.BOOTSTRAP_NAME, Trampolines.BOOTSTRAP_DESCRIPTOR, false);

    private final String owner;
    private final boolean isStatic;
    private final Type method;
    private final int slotId;
    private final Label bodyStart = new Label();
    /** The last-resort exit: throws the local {@link #thrown}; see the class notes. */
    private final Label closeAndThrow = new Label();
    private int record;
    private int thrown;
    private int prologueStack;

    /** The method's first line, which the prologue carries; -1: none (no line numbers). */
    private final int firstLine;

    TrampolineEmitter(MethodVisitor next, String owner, int access, String descriptor, int slotId, int firstLine) {
        super(Opcodes.ASM9, access, descriptor, next);
        this.owner = owner;
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.method = Type.getMethodType(descriptor);
        this.slotId = slotId;
        this.firstLine = firstLine;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (firstLine > 0) {
            Label prologue = new Label();
            mv.visitLabel(prologue);
            mv.visitLineNumber(firstLine, prologue);
        }
        record = newLocal(Type.getObjectType(RECORD));
        thrown = newLocal(Type.getObjectType(THROWABLE));
        Object[] args = argumentLocals();
        Object[] argsAndRecord = with(args, RECORD);
        Label transition = new Label();
        Label idle = new Label();
        Label originalInSection = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label tryHandler = new Label();
        Label exitStart = new Label();
        Label exitEnd = new Label();
        Label exitFailed = new Label();
        Label rethrowExitStart = new Label();
        Label rethrowExitEnd = new Label();
        Label rethrowExitFailed = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, tryHandler, null);
        mv.visitTryCatchBlock(exitStart, exitEnd, exitFailed, null);
        mv.visitTryCatchBlock(rethrowExitStart, rethrowExitEnd, rethrowExitFailed, null);

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
        // The classes the last-resort exit names, resolved before the section opens: resolving
        // one for the first time may call the class loader (Java code, which needs stack), and
        // that exit must then run on the field stores alone. Free once compiled.
        mv.visitLdcInsn(Type.getObjectType(RECORD));
        mv.visitInsn(Opcodes.POP);
        mv.visitLdcInsn(Type.getObjectType(PATCH_LOCK));
        mv.visitInsn(Opcodes.POP);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, EPOCH, "enter", "()L" + RECORD + ";", false);
        mv.visitVarInsn(Opcodes.ASTORE, record);
        // From here on the section is open: every path out closes it.
        mv.visitLabel(tryStart);
        mv.visitLdcInsn(slotId);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, DISPATCHER, Dispatcher.ROUTE_NAME, Dispatcher.ROUTE_DESCRIPTOR,
                false);
        Label choose = new Label();
        mv.visitLabel(choose);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {Opcodes.INTEGER});
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
        // The entry read is of the request route chose by, or choose again (Dispatcher.confirm).
        Label confirmed = new Label();
        mv.visitLdcInsn(slotId);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, DISPATCHER, Dispatcher.CONFIRM_NAME, Dispatcher.CONFIRM_DESCRIPTOR,
                false);
        mv.visitJumpInsn(Opcodes.IFNE, confirmed);
        mv.visitInsn(Opcodes.POP);
        mv.visitLdcInsn(slotId);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, DISPATCHER, Dispatcher.REROUTE_NAME, Dispatcher.ROUTE_DESCRIPTOR,
                false);
        mv.visitJumpInsn(Opcodes.GOTO, choose);
        mv.visitLabel(confirmed);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNULL, originalInSection);
        invokeWithArguments();
        mv.visitLabel(tryEnd);
        mv.visitLabel(exitStart);
        exitSection();
        mv.visitLabel(exitEnd);
        mv.visitInsn(method.getReturnType().getOpcode(Opcodes.IRETURN));

        // The call threw: leave the section, rethrow.
        mv.visitLabel(tryHandler);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {THROWABLE});
        mv.visitVarInsn(Opcodes.ASTORE, thrown);
        mv.visitLabel(rethrowExitStart);
        exitSection();
        mv.visitLabel(rethrowExitEnd);
        mv.visitVarInsn(Opcodes.ALOAD, thrown);
        mv.visitInsn(Opcodes.ATHROW);

        // The exit after a return threw: close without a call, throw what it threw.
        mv.visitLabel(exitFailed);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {THROWABLE});
        mv.visitVarInsn(Opcodes.ASTORE, thrown);
        mv.visitJumpInsn(Opcodes.GOTO, closeAndThrow);

        // The exit after a throw threw too: close without a call, throw the call's throwable.
        mv.visitLabel(rethrowExitFailed);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length + 1, with(argsAndRecord, THROWABLE), 1,
                new Object[] {THROWABLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitJumpInsn(Opcodes.GOTO, closeAndThrow);

        emitCloseAndThrow();

        // Into the body: the sorter declares both new locals in every frame of the body, so both
        // hold a value of their type there; the throwable's is null until a handler stores one.
        mv.visitLabel(idle);
        mv.visitFrame(Opcodes.F_NEW, args.length, args, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, record);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, thrown);
        mv.visitJumpInsn(Opcodes.GOTO, bodyStart);

        mv.visitLabel(originalInSection);
        mv.visitFrame(Opcodes.F_NEW, argsAndRecord.length, argsAndRecord, 1, new Object[] {METHOD_HANDLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, thrown);

        // The body's own first frame, if its first instruction is a branch target, lands after
        // the NOP: two frames may not share an offset.
        Object[] bodyLocals = with(argsAndRecord, THROWABLE);
        mv.visitLabel(bodyStart);
        mv.visitFrame(Opcodes.F_NEW, bodyLocals.length, bodyLocals, 0, new Object[0]);
        mv.visitInsn(Opcodes.NOP);
    }

    /**
     * The last-resort exit (see the class notes), reached with the throwable to throw in
     * {@link #thrown}, from the prologue and from the body's rethrowing handler, whose other
     * locals may hold anything by then: the frame names only the record and the throwable.
     */
    private void emitCloseAndThrow() {
        Object[] locals = new Object[thrown + 1];
        Arrays.fill(locals, Opcodes.TOP);
        locals[record] = RECORD;
        locals[thrown] = THROWABLE;
        Label atZero = new Label();
        Label done = new Label();
        mv.visitLabel(closeAndThrow);
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        // record == null: the body ran without a section (idle), nothing to close.
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitJumpInsn(Opcodes.IFNULL, done);
        // if (record.depth > 0) record.depth--;
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitFieldInsn(Opcodes.GETFIELD, RECORD, "depth", "I");
        mv.visitJumpInsn(Opcodes.IFLE, atZero);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitFieldInsn(Opcodes.GETFIELD, RECORD, "depth", "I");
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitFieldInsn(Opcodes.PUTFIELD, RECORD, "depth", "I");
        // if (record.depth == 0) { sectionMode = NORMAL; announced = IDLE; unpin if pinned }
        mv.visitLabel(atZero);
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitFieldInsn(Opcodes.GETFIELD, RECORD, "depth", "I");
        mv.visitJumpInsn(Opcodes.IFNE, done);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitFieldInsn(Opcodes.PUTFIELD, RECORD, "sectionMode", "I");
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitFieldInsn(Opcodes.PUTFIELD, RECORD, "announced", "J");
        mv.visitFieldInsn(Opcodes.GETSTATIC, PATCH_LOCK, "pinnedBy", "L" + RECORD + ";");
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitJumpInsn(Opcodes.IF_ACMPNE, done);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, PATCH_LOCK, "pinnedBy", "L" + RECORD + ";");
        mv.visitLabel(done);
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        mv.visitVarInsn(Opcodes.ALOAD, thrown);
        mv.visitInsn(Opcodes.ATHROW);
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
        // The body's rethrowing handler: exits, and when the exit throws, the last resort.
        Label bodyEnd = new Label();
        Label handler = new Label();
        Label exitStart = new Label();
        Label exitEnd = new Label();
        Label exitFailed = new Label();
        mv.visitLabel(bodyEnd);
        mv.visitLabel(handler);
        Object[] locals = new Object[record + 1];
        Arrays.fill(locals, Opcodes.TOP);
        locals[record] = RECORD;
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {THROWABLE});
        mv.visitVarInsn(Opcodes.ASTORE, thrown);
        mv.visitLabel(exitStart);
        exitSectionIfEntered();
        mv.visitLabel(exitEnd);
        mv.visitVarInsn(Opcodes.ALOAD, thrown);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitLabel(exitFailed);
        Object[] withThrown = Arrays.copyOf(locals, thrown + 1);
        for (int i = locals.length; i < withThrown.length; i++) {
            withThrown[i] = Opcodes.TOP;
        }
        withThrown[thrown] = THROWABLE;
        mv.visitFrame(Opcodes.F_NEW, withThrown.length, withThrown, 1, new Object[] {THROWABLE});
        mv.visitInsn(Opcodes.POP);
        mv.visitJumpInsn(Opcodes.GOTO, closeAndThrow);
        mv.visitTryCatchBlock(bodyStart, bodyEnd, handler, null);
        mv.visitTryCatchBlock(exitStart, exitEnd, exitFailed, null);
        // The exit before a return loads the record over the returned value: one more slot; the
        // last resort loads the record and a long.
        super.visitMaxs(Math.max(maxStack + 1, Math.max(prologueStack, 3)), maxLocals);
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
