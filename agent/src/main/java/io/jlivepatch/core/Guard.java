package io.jlivepatch.core;

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
        return "cannot patch " + f.method + ": its bytecode differs from the build the patch was made against"
                + " (expected " + expected + ", found " + (i.fingerprint == null ? "none: its original bytecode is"
                + " unknown" : i.fingerprint) + ")";
    }
}
