package io.jlivepatch.trampoline;

import java.util.Arrays;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The exits of a method body that holds a {@code ThreadRecord} in a local from its entry on:
 * a call of {@code Epoch.<exit>(record)} before each return, and a handler that makes the same
 * call when the body throws. The trampoline leaves its read section this way, a quiescent region
 * comes back online this way.
 */
public final class RecordExits {

    public static final String EPOCH = "io/jlivepatch/bootstrap/Epoch";
    public static final String RECORD = "io/jlivepatch/bootstrap/ThreadRecord";

    private RecordExits() {
    }

    /** Calls {@code Epoch.<exit>(record)}; no branch, so no frame. */
    public static void callExit(MethodVisitor mv, int record, String exit) {
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, EPOCH, exit, "(L" + RECORD + ";)V", false);
    }

    /**
     * Appends a handler that calls {@code Epoch.<exit>(record)} and rethrows whatever the code
     * from {@code bodyStart} to here threw. Call it at the end of the method, before
     * {@code visitMaxs}: last in the exception table, so every handler of the body comes first.
     */
    public static void appendRethrowingExit(MethodVisitor mv, Label bodyStart, int record, String exit) {
        Label bodyEnd = new Label();
        Label handler = new Label();
        mv.visitLabel(bodyEnd);
        mv.visitLabel(handler);
        Object[] locals = new Object[record + 1];
        Arrays.fill(locals, Opcodes.TOP);
        locals[record] = RECORD;
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        callExit(mv, record, exit);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitTryCatchBlock(bodyStart, bodyEnd, handler, null);
    }
}
