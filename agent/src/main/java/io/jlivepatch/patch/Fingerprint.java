package io.jlivepatch.patch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The fingerprint of a method's bytecode: what the kernel's livepatch checks of the function it
 * replaces, so that a patch built against one build of an application is not applied to another.
 * Both {@code jlivepatch build} (which tells changed methods from unchanged ones, and records the
 * old method's fingerprint in each {@code @Redirect}) and the load's guard compute it here, so
 * they cannot disagree.
 *
 * <p>It covers what decides behaviour: the method's access flags and descriptor, its instructions
 * with their operands resolved (class, member and constant values, not constant-pool indexes),
 * branch targets as positions among the labels branched to, and its exception handlers. It leaves
 * out what a recompilation or a reformatting changes without changing behaviour: line numbers,
 * local variable names and tables, stack map frames, the constant pool's order, {@code max_stack}
 * and {@code max_locals}, annotations (which the build compares on their own). The form is
 * {@code sha256:} and 64 hex digits.
 */
public final class Fingerprint {

    /** What each fingerprint starts with: the only algorithm so far. */
    public static final String PREFIX = "sha256:";

    private Fingerprint() {
    }

    /**
     * Computes one fingerprint, so that what it runs of the JDK (the digest's provider among it)
     * is loaded with the agent, not inside the first class definition the transformer
     * fingerprints, on an application thread.
     */
    public static void warmUp() {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "warmUp", "()V", null, null);
        m.visitInsn(Opcodes.RETURN);
        of(m);
    }

    /** The fingerprint of every method {@code classFile} declares, by {@code name + descriptor}. */
    public static Map<String, String> ofMethods(byte[] classFile) {
        return ofMethods(classFile, null);
    }

    /**
     * The fingerprints of the methods of {@code classFile} that {@code wanted} names (by
     * {@code name + descriptor}); all of them when {@code wanted} is {@code null}.
     */
    public static Map<String, String> ofMethods(byte[] classFile, Set<String> wanted) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                String key = name + descriptor;
                if (wanted != null && !wanted.contains(key)) {
                    return null;
                }
                return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                    @Override
                    public void visitEnd() {
                        fingerprints.put(key, of(this));
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return fingerprints;
    }

    /** The fingerprint of {@code method}. */
    public static String of(MethodNode method) {
        Canon c = new Canon();
        c.add("method").add(method.access & ~Opcodes.ACC_DEPRECATED).add(method.desc);
        Map<LabelNode, Integer> targets = branchTargets(method);
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LabelNode l) {
                Integer n = targets.get(l);
                if (n != null) {
                    c.add("L").add(n);
                }
                continue;
            }
            if (insn.getOpcode() < 0) {
                continue; // line numbers and frames
            }
            c.add(insn.getOpcode());
            instruction(c, insn, targets);
        }
        for (TryCatchBlockNode t : method.tryCatchBlocks) {
            c.add("try").add(targets.get(t.start)).add(targets.get(t.end)).add(targets.get(t.handler))
                    .add(t.type == null ? "*" : t.type);
        }
        return c.digest();
    }

    /** The labels that instructions or handlers name, numbered in code order. */
    private static Map<LabelNode, Integer> branchTargets(MethodNode method) {
        Set<LabelNode> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof JumpInsnNode j) {
                used.add(j.label);
            } else if (insn instanceof TableSwitchInsnNode s) {
                used.add(s.dflt);
                used.addAll(s.labels);
            } else if (insn instanceof LookupSwitchInsnNode s) {
                used.add(s.dflt);
                used.addAll(s.labels);
            }
        }
        for (TryCatchBlockNode t : method.tryCatchBlocks) {
            used.add(t.start);
            used.add(t.end);
            used.add(t.handler);
        }
        Map<LabelNode, Integer> numbers = new IdentityHashMap<>();
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LabelNode l && used.contains(l)) {
                numbers.put(l, numbers.size());
            }
        }
        return numbers;
    }

    private static void instruction(Canon c, AbstractInsnNode insn, Map<LabelNode, Integer> targets) {
        if (insn instanceof IntInsnNode i) {
            c.add(i.operand);
        } else if (insn instanceof VarInsnNode v) {
            c.add(v.var);
        } else if (insn instanceof TypeInsnNode t) {
            c.add(t.desc);
        } else if (insn instanceof FieldInsnNode f) {
            c.add(f.owner).add(f.name).add(f.desc);
        } else if (insn instanceof MethodInsnNode m) {
            c.add(m.owner).add(m.name).add(m.desc).add(m.itf ? 1 : 0);
        } else if (insn instanceof InvokeDynamicInsnNode d) {
            c.add(d.name).add(d.desc);
            constant(c, d.bsm);
            c.add(d.bsmArgs.length);
            for (Object a : d.bsmArgs) {
                constant(c, a);
            }
        } else if (insn instanceof JumpInsnNode j) {
            c.add(targets.get(j.label));
        } else if (insn instanceof LdcInsnNode l) {
            constant(c, l.cst);
        } else if (insn instanceof IincInsnNode i) {
            c.add(i.var).add(i.incr);
        } else if (insn instanceof TableSwitchInsnNode s) {
            c.add(s.min).add(s.max).add(targets.get(s.dflt));
            for (LabelNode l : s.labels) {
                c.add(targets.get(l));
            }
        } else if (insn instanceof LookupSwitchInsnNode s) {
            c.add(targets.get(s.dflt)).add(s.keys.size());
            for (int k = 0; k < s.keys.size(); k++) {
                c.add(s.keys.get(k)).add(targets.get(s.labels.get(k)));
            }
        } else if (insn instanceof MultiANewArrayInsnNode m) {
            c.add(m.desc).add(m.dims);
        }
    }

    /** A constant with its kind, so that the int 1 and the string "1" differ. */
    private static void constant(Canon c, Object value) {
        if (value instanceof Handle h) {
            c.add("handle").add(h.getTag()).add(h.getOwner()).add(h.getName()).add(h.getDesc())
                    .add(h.isInterface() ? 1 : 0);
        } else if (value instanceof Type t) {
            c.add("type").add(t.getDescriptor());
        } else if (value instanceof ConstantDynamic d) {
            c.add("condy").add(d.getName()).add(d.getDescriptor());
            constant(c, d.getBootstrapMethod());
            c.add(d.getBootstrapMethodArgumentCount());
            for (int i = 0; i < d.getBootstrapMethodArgumentCount(); i++) {
                constant(c, d.getBootstrapMethodArgument(i));
            }
        } else if (value instanceof Float f) {
            c.add("float").add(Integer.toString(Float.floatToRawIntBits(f)));
        } else if (value instanceof Double d) {
            c.add("double").add(Long.toString(Double.doubleToRawLongBits(d)));
        } else {
            c.add(value.getClass().getSimpleName()).add(String.valueOf(value));
        }
    }

    /** The canonical text of a method, fed to SHA-256 as it is written; each item is length-prefixed. */
    private static final class Canon {
        private final MessageDigest digest;

        Canon() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Canon add(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            add(bytes.length);
            digest.update(bytes);
            return this;
        }

        Canon add(Integer n) {
            int v = n == null ? -1 : n;
            digest.update((byte) (v >>> 24));
            digest.update((byte) (v >>> 16));
            digest.update((byte) (v >>> 8));
            digest.update((byte) v);
            return this;
        }

        String digest() {
            return PREFIX + java.util.HexFormat.of().formatHex(digest.digest());
        }
    }
}
