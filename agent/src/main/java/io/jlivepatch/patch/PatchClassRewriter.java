package io.jlivepatch.patch;

import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Turns a patch class into the bytes of its hidden copy for one target package: renamed into
 * that package (a hidden class must live in its lookup class's package), without the nest and
 * inner-class attributes that tie it to the jar's other classes, and checked that it uses no
 * other class of the jar.
 */
final class PatchClassRewriter {

    private PatchClassRewriter() {
    }

    /**
     * Answers the classes of {@code jarClasses} (internal names) that {@code classBytes} uses,
     * other than itself.
     */
    static Set<String> jarClassesUsed(byte[] classBytes, String internalName, Set<String> jarClasses) {
        Set<String> used = new TreeSet<>();
        Remapper recorder = new Remapper() {
            @Override
            public String map(String name) {
                if (!name.equals(internalName) && jarClasses.contains(name)) {
                    used.add(name);
                }
                return name;
            }
        };
        new ClassReader(classBytes).accept(withoutNest(new ClassRemapper(new ClassWriter(0), recorder)), 0);
        return used;
    }

    /** The patch class renamed to {@code newInternalName}, its self-references following. */
    static byte[] renamed(byte[] classBytes, String internalName, String newInternalName) {
        Remapper renamer = new Remapper() {
            @Override
            public String map(String name) {
                return name.equals(internalName) ? newInternalName : name;
            }
        };
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classBytes).accept(withoutNest(new ClassRemapper(writer, renamer)), 0);
        return writer.toByteArray();
    }

    private static ClassVisitor withoutNest(ClassVisitor next) {
        return new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitNestHost(String nestHost) {
            }

            @Override
            public void visitNestMember(String nestMember) {
            }

            @Override
            public void visitPermittedSubclass(String permittedSubclass) {
            }

            @Override
            public void visitOuterClass(String owner, String name, String descriptor) {
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
            }
        };
    }
}
