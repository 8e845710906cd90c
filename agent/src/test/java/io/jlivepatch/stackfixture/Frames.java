package io.jlivepatch.stackfixture;

import java.util.function.BooleanSupplier;

/**
 * Frames of the application as a thread's own stack check sees them: this package is not one of
 * the agent's ({@code AgentPackages}), whose frames the check passes over.
 */
public final class Frames {

    private Frames() {
    }

    /** The method whose trampoline is returning: the check's first frame of the application. */
    public static boolean leaving(BooleanSupplier check) {
        return check.getAsBoolean();
    }

    /** A caller of {@link #leaving} in the same class. */
    public static boolean caller(BooleanSupplier check) {
        return leaving(check);
    }

    /** A caller of {@link #caller} in another class. */
    public static final class Outer {

        private Outer() {
        }

        public static boolean outer(BooleanSupplier check) {
            return caller(check);
        }
    }
}
