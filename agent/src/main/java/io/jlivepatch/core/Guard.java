package io.jlivepatch.core;

import io.jlivepatch.patch.Fingerprint;
import io.jlivepatch.patch.RedirectDefinition;
import java.util.Set;

/**
 * The guard of a patch built for other code: the kernel checks that a module was built for the
 * running kernel; here each {@code @Redirect} may record the {@link io.jlivepatch.patch.Fingerprint}
 * of the target's bytecode it was built against, which must be the fingerprint of the running
 * method's original class file (the transformer's bytes, before any trampoline).
 *
 * <p>Where it is checked: a load refuses, before it enables anything, a patch one of whose loaded
 * target classes differs ({@link PatchLoader}); a target class that loads later, with a method
 * that differs, gets none of the patch, with one warning ({@link MethodTable}'s whole-patch
 * check), as it would for a method without a trampoline. A load told {@code --force-fingerprint}
 * applies the patch all the same and says so in a warning for each such class.
 */
final class Guard {

    private Guard() {
    }

    /**
     * Why {@code f}'s replacement was not made for the method's code in instance {@code i}, or
     * {@code null} when it records no fingerprint, the fingerprints match, or no trampoline was
     * emitted there (nothing of the patch runs there then).
     */
    static String mismatch(Patch.Func f, PatchedMethod.Instance i) {
        String expected = f.redirect.fingerprint();
        if (expected.isEmpty() || !i.emitted || expected.equals(i.fingerprint)) {
            return null;
        }
        return differs(f.method.toString(), expected, i.fingerprint);
    }

    /**
     * Why the redirect {@code r} was not made for {@code method} as the class file {@code classFile}
     * declares it, or {@code null} when it records no fingerprint or they match: the guard of a
     * {@code check}, which reads a loaded class's file instead of retransforming the class.
     *
     * @param method the resolved target, {@code class.name(descriptor)}
     * @param nameAndDescriptor the target's name and descriptor, as in the class file
     * @param classFile the class file of a loaded target class, or {@code null} when it cannot be read
     */
    static String mismatch(RedirectDefinition r, String method, String nameAndDescriptor, byte[] classFile) {
        String expected = r.fingerprint();
        if (expected.isEmpty()) {
            return null;
        }
        String found = classFile == null ? null : Fingerprint.ofMethods(classFile, Set.of(nameAndDescriptor))
                .get(nameAndDescriptor);
        return expected.equals(found) ? null : differs(method, expected, found);
    }

    private static String differs(String method, String expected, String found) {
        return "cannot patch " + method + ": its bytecode differs from the build the patch was made against"
                + " (expected " + expected + ", found " + (found == null ? "none: its original bytecode is"
                + " unknown" : found) + ")";
    }
}
