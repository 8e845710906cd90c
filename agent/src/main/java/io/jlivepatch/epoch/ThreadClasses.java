package io.jlivepatch.epoch;

/**
 * What a thread's class overrides. {@code Thread}'s {@code getStackTrace()} and {@code getId()}
 * are not final: where the agent's safety rests on their answer it calls them on an application
 * thread only if the thread's class keeps Thread's own (found by review: an override runs the
 * application's code on the agent's thread, and can throw, block or answer something else).
 */
public final class ThreadClasses {

    private ThreadClasses() {
    }

    private static final ClassValue<Boolean> OWN_GET_STACK_TRACE = keeps("getStackTrace");

    /** Whether {@code t}'s class keeps {@link Thread#getStackTrace()} as Thread declares it. */
    public static boolean keepsGetStackTrace(Thread t) {
        return OWN_GET_STACK_TRACE.get(t.getClass());
    }

    /** Whether a thread class keeps Thread's public no-argument method {@code name} as Thread declares it. */
    public static ClassValue<Boolean> keeps(String name) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                try {
                    return type.getMethod(name).getDeclaringClass() == Thread.class;
                } catch (NoSuchMethodException | RuntimeException | LinkageError e) {
                    // getMethod resolves every public method's signature: a class missing from
                    // the application (NoClassDefFoundError) makes the answer "overrides".
                    return false;
                }
            }
        };
    }
}
