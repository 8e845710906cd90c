package io.jlivepatch.patch;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A method of a target class as far as patching cares, from a loaded class or from its class file.
 *
 * @param name the method's name
 * @param descriptor its JVM descriptor
 * @param access its access flags ({@link Opcodes} values, which reflection's modifiers share)
 * @param quiescent whether it is annotated {@code @Quiescent}
 */
public record MethodInfo(String name, String descriptor, int access, boolean quiescent) {

    private static final String QUIESCENT = "io.jlivepatch.api.Quiescent";

    public boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    /** The methods and constructors {@code c} declares. */
    public static List<MethodInfo> of(Class<?> c) {
        List<MethodInfo> methods = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            boolean quiescent = false;
            for (var a : m.getDeclaredAnnotations()) {
                quiescent |= a.annotationType().getName().equals(QUIESCENT);
            }
            String descriptor = MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                    .toMethodDescriptorString();
            methods.add(new MethodInfo(m.getName(), descriptor, m.getModifiers(), quiescent));
        }
        for (var k : c.getDeclaredConstructors()) {
            String descriptor = MethodType.methodType(void.class, k.getParameterTypes()).toMethodDescriptorString();
            methods.add(new MethodInfo("<init>", descriptor, k.getModifiers(), false));
        }
        return methods;
    }

    /** The methods a class file declares, class initialiser included. */
    public static List<MethodInfo> of(byte[] classFile) {
        List<MethodInfo> methods = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                boolean[] quiescent = {false};
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        quiescent[0] |= annotation.equals("L" + QUIESCENT.replace('.', '/') + ";");
                        return null;
                    }

                    @Override
                    public void visitEnd() {
                        methods.add(new MethodInfo(name, descriptor, access, quiescent[0]));
                    }
                };
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        return methods;
    }
}
