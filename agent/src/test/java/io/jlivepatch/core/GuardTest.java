package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.patch.Fingerprint;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.RedirectDefinition;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** When a redirect fits the running method's code, by its fingerprint; the loads are BuildIT's. */
class GuardTest {

    private static final String BUILT = "sha256:" + "ab".repeat(32);
    private static final String RUNNING = "sha256:" + "cd".repeat(32);

    private final PatchedMethod method = new PatchedMethod("com.acme.Pricing",
            new MethodInfo("discount", "(I)I", 1, false));
    private final PatchedMethod.Instance instance = new PatchedMethod.Instance(
            Trampolines.newSlot("com.acme.Pricing.discount(I)I"));

    private Patch.Func redirect(String fingerprint) {
        return new Patch.Func(new RedirectDefinition("com.acme.Pricing", "discount", "", "discount", "(Lcom/acme/Pricing;I)I",
                fingerprint), method);
    }

    private void emitted(String fingerprint) {
        instance.fingerprint = fingerprint;
        instance.emitted = true;
    }

    @Test
    void aRedirectThatRecordsNoFingerprintFitsAnyCode() {
        emitted(RUNNING);
        assertNull(Guard.mismatch(redirect(""), instance));
    }

    @Test
    void theSameFingerprintFits() {
        emitted(BUILT);
        assertNull(Guard.mismatch(redirect(BUILT), instance));
    }

    @Test
    void anotherFingerprintIsNamedWithTheMethodAndBothPrints() {
        emitted(RUNNING);
        assertEquals("cannot patch com.acme.Pricing.discount(I)I: its bytecode differs from the build the patch was"
                + " made against (expected " + BUILT + ", found " + RUNNING + ")", Guard.mismatch(redirect(BUILT), instance));
    }

    @Test
    void unknownCodeIsUnsafeAndNoTrampolineRunsNothing() {
        assertNull(Guard.mismatch(redirect(BUILT), instance), "nothing of the patch runs without a trampoline");
        emitted(null);
        assertEquals("cannot patch com.acme.Pricing.discount(I)I: its bytecode differs from the build the patch was"
                + " made against (expected " + BUILT + ", found none: its original bytecode is unknown)",
                Guard.mismatch(redirect(BUILT), instance));
    }

    /** {@code check}'s guard reads the loaded class's file instead of a retransformation's bytes. */
    @Test
    void checkComparesTheFingerprintOfTheClassFile() throws IOException {
        byte[] classFile;
        try (InputStream in = io.jlivepatch.patch.fixtures.Target.class.getResourceAsStream("Target.class")) {
            classFile = in.readAllBytes();
        }
        String running = Fingerprint.ofMethods(classFile).get("twice(I)I");
        String method = "io.jlivepatch.patch.fixtures.Target.twice(I)I";
        assertNull(Guard.mismatch(redirectOfTwice(running), method, "twice(I)I", classFile));
        assertNull(Guard.mismatch(redirectOfTwice(""), method, "twice(I)I", classFile));
        assertEquals("cannot patch " + method + ": its bytecode differs from the build the patch was made against"
                + " (expected " + BUILT + ", found " + running + ")",
                Guard.mismatch(redirectOfTwice(BUILT), method, "twice(I)I", classFile));
        assertEquals("cannot patch " + method + ": its bytecode differs from the build the patch was made against"
                + " (expected " + BUILT + ", found none: its original bytecode is unknown)",
                Guard.mismatch(redirectOfTwice(BUILT), method, "twice(I)I", null));
    }

    private static RedirectDefinition redirectOfTwice(String fingerprint) {
        return new RedirectDefinition("io.jlivepatch.patch.fixtures.Target", "twice", "(I)I", "twice", "(I)I",
                fingerprint);
    }
}
