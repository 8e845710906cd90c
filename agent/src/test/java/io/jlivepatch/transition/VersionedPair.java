package io.jlivepatch.transition;

/**
 * The pair a patch changes together, instrumented by {@link TransitionTest}: {@code outer} calls
 * {@code inner} after {@link TransitionTest#pause()}, where a test can park the thread. Original
 * answers {@code o1:i1}; the test's replacements {@code o2:i2}.
 */
public final class VersionedPair {

    private VersionedPair() {
    }

    public static String outer() {
        String head = "o1:";
        TransitionTest.pause();
        return head + inner();
    }

    public static String inner() {
        return "i1";
    }
}
