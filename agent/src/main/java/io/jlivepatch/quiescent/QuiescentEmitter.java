package io.jlivepatch.quiescent;

import io.jlivepatch.trampoline.RecordExits;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.LocalVariablesSorter;

/**
 * Makes one method a quiescent region if it is annotated {@code @Quiescent}: the thread goes
 * offline at entry and online before each return and when the body throws. Other methods pass
 * through unchanged.
 */
final class QuiescentEmitter extends LocalVariablesSorter {

    static final String QUIESCENT = "Lio/jlivepatch/api/Quiescent;";
    static final String EPOCH = RecordExits.EPOCH;
    static final String RECORD = RecordExits.RECORD;

    private final String region;
    private boolean quiescent;
    private int record;
    private final Label bodyStart = new Label();

    QuiescentEmitter(MethodVisitor next, int access, String descriptor, String region) {
        super(Opcodes.ASM9, access, descriptor, next);
        this.region = region;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        quiescent |= QUIESCENT.equals(descriptor);
        return super.visitAnnotation(descriptor, visible);
    }

    boolean quiescent() {
        return quiescent;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (!quiescent) {
            return;
        }
        record = newLocal(Type.getObjectType(RECORD));
        mv.visitLdcInsn(region);
        callGoOffline(mv);
        mv.visitVarInsn(Opcodes.ASTORE, record);
        mv.visitLabel(bodyStart);
    }

    @Override
    public void visitInsn(int opcode) {
        if (quiescent && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            goOnline();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (!quiescent) {
            super.visitMaxs(maxStack, maxLocals);
            return;
        }
        RecordExits.appendRethrowingExit(mv, bodyStart, record, "goOnline");
        // The region's name, and the record loaded over a returned value or a throwable.
        super.visitMaxs(Math.max(maxStack + 1, 2), maxLocals);
    }

    /** Calls {@code Epoch.goOffline(region)}, the region's name on the stack; leaves the record there. */
    static void callGoOffline(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, EPOCH, "goOffline", "(Ljava/lang/String;)L" + RECORD + ";", false);
    }

    private void goOnline() {
        RecordExits.callExit(mv, record, "goOnline");
    }
}
